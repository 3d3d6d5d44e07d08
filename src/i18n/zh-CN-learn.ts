/** Simplified Chinese for the presets and the Learn panel (formulas, glossary, training cycle), key for key
 * as the English texts beside the code (see source-texts.ts). */
export const zhCNLearn: Record<string, string> = {
  'preset.mnist-default.label': 'MNIST（784 → 128 → 32）',
  'preset.mnist-default.reproduces':
    '默认设置：10,000 张 MNIST 手写数字经过 128 个单元的隐藏层压缩成 32 维潜在编码，二元交叉熵，Adam 0.001，批大小 128。',
  'preset.mnist-simple.label': 'MNIST 简单版（784 → 32）',
  'preset.mnist-simple.reproduces':
    'Keras 自编码器教程（Chollet，《Building Autoencoders in Keras》）：完整 MNIST，60,000 张训练图像和 10,000 张测试图像，ReLU 层，sigmoid 输出，二元交叉熵，Adam，批大小 256。一个 32 单元的 ReLU 编码层，50 个训练轮数；教程报告的损失约为 0.09。',
  'preset.mnist-deep.label': 'MNIST 深层版（128-64-32）',
  'preset.mnist-deep.reproduces':
    'Keras 自编码器教程（Chollet，《Building Autoencoders in Keras》）：完整 MNIST，60,000 张训练图像和 10,000 张测试图像，ReLU 层，sigmoid 输出，二元交叉熵，Adam，批大小 256。编码器 128 → 64 → 32，解码器 64 → 128 → 784，100 个训练轮数；教程报告的损失约为 0.08。',
  'preset.linear-pca.label': '线性自编码器 = PCA',
  'preset.linear-pca.reproduces':
    '用均方误差训练的线性自编码器与取同样多主成分的 PCA 张成同一个子空间：它的损失会降到图上的 PCA 参考线（10,000 张 MNIST 手写数字，32 个单元）。',
  'preset.latent-2d.label': '二维潜在空间图',
  'preset.latent-2d.reproduces':
    'MNIST 被压缩成 2 维潜在编码，因此潜在空间图显示的就是编码本身：随着训练进行，数字聚成各自的簇；点击图上任意一点即可解码。',
  'preset.optimizer-race.label': '优化器竞赛',
  'preset.optimizer-race.reproduces':
    '把各种更新规则并排比较，正如教程中列出的优化器：按损失图下方的“Optimizer race”，用同一学习率 0.01、从同一起点分别以 SGD、Momentum、AdaGrad、RMSProp 和 Adam 训练这个小型 MNIST 模型（784 → 64 → 16，二元交叉熵，批大小 64）。在这个学习率下普通 SGD 进展缓慢，Momentum 更快，自适应方法（AdaGrad、RMSProp、Adam）下降最快。',
  'preset.seed-example.label': '教程示例',
  'preset.seed-example.reproduces':
    '教程中的代码：100×10 的均匀随机数据，10 → 5 → 5 → 5 → 10，ReLU 激活与 sigmoid 输出，Adam，均方误差，100 个训练轮数，批大小 32，最后在训练数据上评估损失。',
  'preset.bars.label': '条纹与斑块',
  'preset.bars.reproduces': '一个小图像集：16×16 的条纹、十字和斑块，压缩成 8 维潜在编码。',
  'preset.denoising-mnist.label': '去噪 MNIST',
  'preset.denoising-mnist.reproduces':
    'Keras 自编码器教程中的去噪部分：输入是加了高斯噪声（σ = 0.5，裁剪到 [0, 1]）的数字，损失函数把输出与干净的数字比较。这里用全连接的 784 → 128 → 32 模型，教程中用的是卷积网络。',
  'preset.sparse-mnist.label': '稀疏 MNIST（L1 10e-5）',
  'preset.sparse-mnist.reproduces':
    'Keras 自编码器教程中的稀疏模型：784 → 32 ReLU，在潜在编码上施加 10e-5 的 L1 活动惩罚。教程报告在完整 MNIST 上训练 100 轮后，编码的平均激活为 3.33，不加惩罚时为 7.30；视图会显示本次训练的这两个数值。',
  'preset.vae-2d.label': 'VAE 二维',
  'preset.vae-2d.reproduces':
    'Keras 变分自编码器示例：MNIST 经过 512 个单元的隐藏层压缩成 2 维潜在编码（μ 和 log σ²），重参数化采样，二元交叉熵加 KL（β = 1），Adam，批大小 128。潜在空间图显示 μ；“Decode the manifold”画出示例中那样的数字网格。',
  'preset.anomaly-mnist.label': '异常检测：不含 0 的 MNIST',
  'preset.anomaly-mnist.reproduces':
    '用重构误差做异常检测：模型只用数字 1–9 训练；验证集中的 0 就是异常。视图给出 ROC 曲线、AUC，以及某个阈值下的精确率和召回率。（改为留出 9 则会失败：9 的重构效果和与它相像的 4、7 一样好。）',

  'learn.loss.mse.name': '均方误差',
  'learn.loss.mse.explanation':
    '每个输入值 x 与其重构值 x̂ 之差的平方的平均。大误差的权重远大于小误差，因此模型会优先修正错得最厉害的值。',
  'learn.loss.mse.whenToUse':
    '实数数据（点、信号、图像）的默认选择。对离群值敏感：一个重构得很差的值就可能主导整个批次。',
  'learn.loss.binaryCrossentropy.name': '二元交叉熵（基于 logits）',
  'learn.loss.binaryCrossentropy.explanation':
    '把 [0, 1] 中的每个值 x 看作像素点亮的概率，把输出 σ(z) 看作模型的猜测。它由解码器的 logits z 计算（第二行），因此永远不会取 0 的对数；sigmoid 只用于显示。',
  'learn.loss.binaryCrossentropy.whenToUse':
    '取值在 [0, 1] 的数据（如 MNIST 像素），配合 sigmoid 输出。当某个像素被自信地预测错时，它给出的梯度比平方误差更陡，因此数字通常清晰得更快。',
  'learn.loss.mae.name': '平均绝对误差',
  'learn.loss.mae.explanation': '绝对差的平均。每个误差无论大小，拉力都一样（每个值的梯度为 ±1）。',
  'learn.loss.mae.whenToUse':
    '含有离群值或重尾噪声、又不希望它们主导的数据。细节处的重构往往略模糊，因为小误差变小时不会被更用力地压低。',
  'learn.loss.huber.name': 'Huber',
  'learn.loss.huber.explanation':
    '小误差按平方计，大误差按线性计：兼具平方误差在零附近的平滑和绝对误差在远处的稳健。δ 决定两者的分界点。',
  'learn.loss.huber.whenToUse': '偶有离群值的实数数据；δ 取一个典型“正常”误差的大小。',

  'learn.optimizer.sgd.name': 'SGD',
  'learn.optimizer.sgd.explanation':
    '最朴素的梯度下降：每个权重沿梯度的反方向迈一步，步长为 η 乘以梯度。批大小为 1 时就是随机梯度下降，用整个数据集时就是全批量梯度下降。',
  'learn.optimizer.sgd.whenToUse': '用来观察基本机制，或作为基线。在病态问题上很慢，学习率需要手动调节。',
  'learn.optimizer.momentum.name': '动量（Momentum）',
  'learn.optimizer.momentum.nesterovName': '动量（Nesterov）',
  'learn.optimizer.momentum.explanation':
    '速度 v 累加过去的梯度，每过一步衰减为 μ 倍，因此在梯度方向一致的方向上步子越来越大，在来回振荡的方向上相互抵消。Nesterov 先沿速度前瞻一步，从而抑制冲过头。',
  'learn.optimizer.momentum.whenToUse':
    '普通 SGD 会来回振荡的狭长山谷。通常取 μ = 0.9；有效步长约为 η/(1 − μ)。',
  'learn.optimizer.adagrad.name': 'AdaGrad',
  'learn.optimizer.adagrad.explanation':
    '每个权重有自己的步长：学习率除以它迄今所有梯度平方和的平方根。很少更新的权重保持较大的步长。tfjs 的 ε 取自后端，而不是设置。',
  'learn.optimizer.adagrad.whenToUse': '稀疏特征。累加和只增不减，所以步长会一直缩小，长时间训练可能停滞。',
  'learn.optimizer.adadelta.name': 'AdaDelta',
  'learn.optimizer.adadelta.explanation':
    '用两个滑动平均之比缩放每个梯度：过去更新平方的平均 U 除以过去梯度平方的平均 E，使步长与权重同单位。tfjs 计算时，除法用的是加入本步梯度之前的 E（原论文用更新后的 E）。',
  'learn.optimizer.adadelta.whenToUse': '不想调节学习率时：η = 1 是论文的选择。',
  'learn.optimizer.rmsprop.name': 'RMSProp',
  'learn.optimizer.rmsprop.centeredName': 'RMSProp（中心化）',
  'learn.optimizer.rmsprop.explanation':
    '与 AdaGrad 类似，但梯度平方按指数遗忘（ρ）做平均，因此步长不会一直缩小。μ = 0 时即 θ ← θ − η g/√(E + ε)。中心化版本改为除以梯度方差的估计；如公式所示，tfjs 在那里减去 ε。',
  'learn.optimizer.rmsprop.whenToUse': '梯度有噪声或不断变化时；对许多网络都是稳健的默认选择，η 约取 0.001。',
  'learn.optimizer.adam.name': 'Adam',
  'learn.optimizer.adam.explanation':
    '动量（梯度的平均 m）与 RMSProp（梯度平方的平均 v）的结合，两个平均都修正了从零开始的偏差；t 为步数。每个权重每步大约移动 η，方向是它近期梯度一致的方向。',
  'learn.optimizer.adam.whenToUse': '通常的首选：几乎不用调参；η = 0.001 是常用默认值。',
  'learn.optimizer.adamax.name': 'Adamax',
  'learn.optimizer.adamax.explanation':
    'Adam 的一个变体，用近期最大的梯度大小 u（无穷范数）代替均方根来缩放；u 无需偏差修正。',
  'learn.optimizer.adamax.whenToUse': '与 Adam 类似；梯度偶尔出现极大值时有时更稳定。',

  'learn.clipping.none.name': '不裁剪',
  'learn.clipping.none.explanation': '优化器收到的就是损失函数的原始梯度。',
  'learn.clipping.none.whenToUse': '只要训练稳定：损失下降而没有突然的尖峰。',
  'learn.clipping.value.name': '按值裁剪',
  'learn.clipping.value.explanation':
    '梯度的每个分量都被截断到区间 [−c, c]。简单，但只截断部分分量时会改变梯度的方向。',
  'learn.clipping.value.whenToUse': '防止个别数值爆炸的粗略手段。',
  'learn.clipping.norm.name': '按全局范数裁剪',
  'learn.clipping.norm.explanation':
    '所有权重的梯度合起来组成一个向量；当它的长度超过 c 时，保持方向缩短到长度 c。较短的梯度原样通过。',
  'learn.clipping.norm.whenToUse':
    '当损失因某一步过大（学习率高、网络深）而出现尖峰或变成 NaN 时：这一步保留方向，但不保留大小。',

  'learn.variant.plain.name': '普通自编码器',
  'learn.variant.plain.explanation':
    '编码器 f 把输入 x 压缩成比 x 维数更少的潜在编码 z；解码器 g 由它重构 x；ℓ 是上面的重构损失。瓶颈迫使编码只保留最重要的信息。',
  'learn.variant.plain.whenToUse': '压缩、在二维中可视化数据，以及作为其他变体的基线。',
  'learn.variant.denoising.name': '去噪自编码器',
  'learn.variant.denoising.explanation':
    '模型看到的是被破坏的输入 x̃ = x + 噪声，却要与干净的 x 比较，因此它必须学会数据通常的样子，而不是照抄输入。每一步都重新抽取噪声。',
  'learn.variant.denoising.whenToUse': '去除图像或信号中的噪声，并学到比普通模型更稳健的编码。',
  'learn.variant.sparse.name': '稀疏自编码器',
  'learn.variant.sparse.explanation':
    '对编码值施加 L1 惩罚，把其中大多数推向零，因此每个样本只由少数几个活跃的编码单元描述；B 为批大小，K 为潜在编码维数。',
  'learn.variant.sparse.whenToUse': '需要可解释的特征，或编码比需要的更宽但仍应保持简单时。',
  'learn.variant.variational.name': '变分自编码器（VAE）',
  'learn.variant.variational.explanation':
    '编码器为每个编码单元给出一个分布 N(μ, σ²) 而不是一个点；解码器从该分布的一个样本重构 x。KL 项把每个分布拉向 N(0, 1)，使潜在空间没有空洞，从随机编码也能解码出新样本。它除以输入值的个数 D，以与 ℓ 的逐值尺度一致，并在批次上取平均。',
  'learn.variant.variational.whenToUse': '生成新样本和平滑插值；β 越大，编码越规整，但重构越模糊。',

  'glossary.epoch.word': '训练轮数（epoch）',
  'glossary.epoch.question': '什么是一轮（epoch）？',
  'glossary.epoch.definition':
    '完整遍历一次训练集。有 N 个样本、批大小为 B 时，一轮有 ⌈N / B⌉ 步；每轮开始时样本都会（按随机种子）重新打乱。',
  'glossary.batch.word': '批次',
  'glossary.batch.question': '什么是批次？',
  'glossary.batch.definition':
    '一个训练步所看的样本。它们的损失取平均，权重更新一次。小批次带来多而嘈杂的步子；整个数据集则每轮只有一步，精确但缓慢。',
  'glossary.latentCode.word': '潜在编码',
  'glossary.latentCode.question': '什么是潜在编码？',
  'glossary.latentCode.definition':
    '编码器把样本变成的那组数 z = f(x)：解码器据以重构样本的压缩描述。潜在编码维数就是这组数的个数。',
  'glossary.bottleneck.word': '瓶颈',
  'glossary.bottleneck.question': '什么是瓶颈？',
  'glossary.bottleneck.definition':
    '最窄的那一层，潜在编码就在这里。它比输入小，迫使网络只保留最重要的信息，而不是把输入原样照抄过去。',
  'glossary.overfitting.word': '过拟合',
  'glossary.overfitting.question': '什么是过拟合？',
  'glossary.overfitting.definition':
    '学到的是训练样本本身，而不是它们的共性：训练损失持续下降，而在从未训练过的样本上的验证损失停滞甚至上升。',
  'glossary.learningRate.word': '学习率',
  'glossary.learningRate.question': '什么是学习率？',
  'glossary.learningRate.definition':
    'η，优化器沿梯度反方向迈出的步长。太小则训练缓慢；太大则损失来回跳动，甚至变成 NaN。',

  'cycle.initialise.label': '初始化',
  'cycle.initialise.text': '权重随机抽取（Glorot 均匀分布，由种子决定），偏置为零，优化器状态为空。',
  'cycle.batch.label': '批次',
  'cycle.batch.text': '按本轮打乱后的顺序取出下一批样本。',
  'cycle.encode.label': '编码',
  'cycle.encode.text': '编码器把每个样本 x 映射为潜在编码 z = f(x)。',
  'cycle.decode.label': '解码',
  'cycle.decode.text': '解码器由编码重构出 x̂ = g(z)。',
  'cycle.loss.label': '损失',
  'cycle.loss.text': '重构与输入相差多远，在批次上取平均。',
  'cycle.gradients.label': '梯度',
  'cycle.gradients.text': '反向传播：求每个权重的 ∂L/∂θ，若开启了梯度裁剪则随后裁剪。',
  'cycle.update.label': '更新',
  'cycle.update.text': '优化器让每个权重沿其梯度的反方向移动。',
};
