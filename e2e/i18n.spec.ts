import type { Page } from '@playwright/test';
import { expect, test, waitForFigure } from './fixtures';

const SMALL_RUN = '#backend=wasm&trainSize=2000&validationSize=500';

test('the interface switches to Simplified Chinese, keeps the choice on reload, and switches back', async ({
  page,
}) => {
  await page.goto(`./${SMALL_RUN}`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  const language = page.getByLabel('Language / 语言');
  // By keyboard: English is first, 中文 second.
  await language.focus();
  await page.keyboard.press('ArrowDown');

  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page).toHaveTitle('自编码器游乐场');
  await expect(page.getByRole('button', { name: '训练', exact: true })).toBeVisible();
  await expect(page.getByLabel('学习率', { exact: true })).toHaveValue(/\d/);
  await expect(page.getByLabel('批大小', { exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { name: '潜在空间' })).toBeVisible();
  await expect(page.getByLabel('损失函数', { exact: true }).locator('option:checked')).toHaveText(
    '二元交叉熵',
  );
  // A rejected value is explained in Chinese too.
  const learningRate = page.getByLabel('学习率', { exact: true });
  await learningRate.fill('100');
  await expect(page.getByRole('alert').filter({ hasText: '学习率：不能大于 10' })).toBeVisible();
  await learningRate.fill('0.001');

  await page.getByRole('button', { name: '学习', exact: true }).click();
  const learn = page.getByRole('region', { name: '学习' });
  await expect(learn.getByRole('heading', { name: '术语表' })).toBeVisible();
  await expect(page.getByRole('region', { name: '优化器公式' }).getByRole('heading')).toHaveText(
    '优化器: Adam',
  );
  await expect(learn).toContainText('通常的首选');
  await expect(learn.locator('#glossary-bottleneck')).toContainText('瓶颈');

  await page.reload();
  await expect(page.getByRole('button', { name: '训练', exact: true })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');

  await page.getByLabel('Language / 语言').selectOption('en');
  await expect(page.getByRole('button', { name: 'Train', exact: true })).toBeVisible();
  await expect(page.getByLabel('Learning rate', { exact: true })).toHaveValue(/\d/);
  await expect(page.getByRole('heading', { name: 'Latent space' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page).toHaveTitle('Autoencoder Playground');
});

test('a link carries the language: lang=zh-CN opens in Chinese, the copied link keeps it, a bad value is reported', async ({
  page,
}) => {
  // The second lang= is not a language: a notice, worded in the language the first one chose.
  await page.goto(`./${SMALL_RUN}&lang=zh-CN&views=classroom&lang=fr`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByRole('button', { name: '训练', exact: true })).toBeVisible();
  await expect(
    page.getByRole('alert').filter({ hasText: '未知的语言“fr”，已忽略；可用的语言为 en, zh-CN。' }),
  ).toBeVisible();
  // The classroom link names the language, so the class sees the page as the teacher does.
  await expect(page.getByRole('textbox', { name: '此设置的链接' })).toHaveValue(/[#&]lang=zh-CN(&|$)/);

  // A link's language is not remembered: a link without one opens in the reader's own (here English).
  const other = await page.context().newPage();
  await other.goto(`./${SMALL_RUN}`);
  await expect(other.getByRole('button', { name: 'Train', exact: true })).toBeVisible();
  await other.close();

  // Switching on the page rewrites its address and the classroom link.
  await page.getByLabel('Language / 语言').selectOption('en');
  await expect(page.getByRole('textbox', { name: 'Link to this set-up' })).not.toHaveValue(/lang=/);
  await expect.poll(() => page.url()).not.toContain('lang=');
  await page.getByLabel('Language / 语言').selectOption('zh-CN');
  await expect.poll(() => page.url()).toContain('lang=zh-CN');
});

/** Latin-script words allowed on the Chinese page: proper names, units, file formats and notation, which are
 * written the same way in Chinese. Anything else in Latin letters is English that escaped the catalogues. */
const LATIN_ALLOWED = new Set(
  [
    // The language switch names each language in itself, and its label is in both.
    'English',
    'Language',
    // Data sets, methods, optimizers, activations and libraries.
    'MNIST',
    'Fashion-MNIST',
    'PCA',
    'VAE',
    'SGD',
    'Adam',
    'Adamax',
    'AdaGrad',
    'AdaDelta',
    'RMSProp',
    'Nesterov',
    'Huber',
    'Glorot',
    'ReLU',
    'Leaky',
    'ELU',
    'SELU',
    'tanh',
    'sigmoid',
    // An ML term Chinese texts keep in English.
    'logits',
    'TF.js',
    'Keras',
    'Python',
    'Node',
    // Backends and hardware.
    'WebGL',
    'WASM',
    'CPU',
    'SIMD',
    // Figures and formats.
    'ROC',
    'AUC',
    'KL',
    'NaN',
    'MB',
    'CSV',
    'TSV',
    'PNG',
    'JPEG',
    'RGB',
    // Keys, as printed on the keyboard.
    'Shift',
    'Enter',
  ].map((word) => word.toLowerCase()),
);

/** Every Latin-script word a person can see or hear on the page: text of rendered elements (visually hidden
 * summaries included), options of selects, and the attributes read out. Left out: formulas (KaTeX), which are
 * TeX notation in every language; single letters (variables such as z or N); file and code names
 * (model.json, model.evaluate); an English term glossed in full-width brackets right after its Chinese one,
 * as in 轮（epoch）; and the attributes inside a role="img" element, which assistive technology never reads
 * (Recharts labels its legend icons "… legend icon" there). */
async function latinWords(page: Page): Promise<{ word: string; in: string }[]> {
  const texts = await page.evaluate(() => {
    const found: string[] = [];
    const shown = (element: Element) =>
      element.closest('.katex') === null &&
      (element instanceof HTMLOptionElement || element.checkVisibility({ visibilityProperty: true }));
    const insidePicture = (element: Element) => element.parentElement?.closest('[role="img"]') != null;
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (parent && !['SCRIPT', 'STYLE'].includes(parent.tagName) && shown(parent))
        found.push(node.textContent ?? '');
    }
    const attributes = ['aria-label', 'title', 'alt', 'placeholder', 'aria-valuetext', 'aria-description'];
    for (const element of document.body.querySelectorAll('*')) {
      if (!shown(element) || insidePicture(element)) continue;
      for (const name of attributes) {
        const value = element.getAttribute(name);
        if (value) found.push(value);
      }
      if (element instanceof HTMLInputElement && ['button', 'submit'].includes(element.type))
        found.push(element.value);
    }
    return found;
  });
  const glossed = /(?<=[\u4e00-\u9fff])（[A-Za-z][A-Za-z -]*）/g;
  const codeName = /^[\w-]+\.\w+$/;
  return texts.flatMap((text) =>
    (text.replace(glossed, '').match(/[A-Za-z][\w.'’-]*[A-Za-z]|[A-Za-z]/g) ?? [])
      .filter((word) => !LATIN_ALLOWED.has(word.toLowerCase()) && word.length > 1 && !codeName.test(word))
      .map((word) => ({ word, in: text.trim().slice(0, 120) })),
  );
}

/** Opens every closed <details> on the page, nested ones too. */
async function openAllDetails(page: Page): Promise<void> {
  for (let round = 0; round < 5; round++) {
    const closed = page.locator('details:not([open]) > summary');
    const count = await closed.count();
    if (count === 0) return;
    for (let i = count - 1; i >= 0; i--) await closed.nth(i).click();
  }
}

test('in Chinese, no English is left: every view open, after training, with notices from the link and the worker', async ({
  page,
}) => {
  test.setTimeout(150_000);
  // An unknown key in the link gives a notice before the switch; it is worded again in Chinese after.
  await page.goto(`./${SMALL_RUN}&epochs=50&颜色=红`);
  await expect(page.getByRole('alert').filter({ hasText: 'Unknown setting “颜色” ignored.' })).toBeVisible();
  await page.getByLabel('Language / 语言').selectOption('zh-CN');
  await expect(page.getByRole('alert').filter({ hasText: '未知的设置“颜色”，已忽略。' })).toBeVisible();

  await page.getByRole('button', { name: '训练', exact: true }).click();
  await waitForFigure(page, '训练轮数', 1.2, 90_000);
  await page.getByRole('button', { name: '暂停', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: /^已暂停/ })).toBeVisible();
  await openAllDetails(page);
  await page.getByRole('button', { name: '学习', exact: true }).click();
  await expect(page.getByRole('region', { name: '学习' })).toBeVisible();
  // Slow motion through a whole step, phase by phase; and a drawing added to the training set.
  for (let phase = 1; phase <= 5; phase++) {
    await page.getByRole('button', { name: '下一阶段', exact: true }).click();
    await expect(page.getByText(new RegExp(`第 ${phase} / \\d+ 阶段`))).toBeVisible();
  }
  await page.getByRole('button', { name: '从一个验证样本开始', exact: true }).click();
  await page.getByRole('button', { name: '加入训练集', exact: true }).click();
  await expect(page.getByText('已将 1 幅手绘加入训练集。')).toBeVisible();
  await expect(page.getByRole('img', { name: '潜在空间图' })).toBeVisible();
  await expect(page.getByRole('img', { name: '编码器权重' })).toBeVisible();
  // The backend's description comes from the worker.
  await expect(page.getByText('SIMD，单线程').or(page.getByText('无 SIMD，单线程'))).toBeVisible();
  expect(await latinWords(page)).toEqual([]);

  // The user's own data: the worker's notes on a good file, then its refusal of a bad one, in Chinese.
  await page.getByRole('radio', { name: '你自己的数据' }).check();
  const fileInput = page.getByLabel('CSV 或 TSV 文件');
  const rows = Array.from({ length: 30 }, (_, i) => `${i},${(i * 7) % 11},${(i * 3) % 5}`);
  await fileInput.setInputFiles({
    name: '数据.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(`a,b,c\n${rows.join('\n')}\n`),
  });
  await expect(page.getByText('30 行，3 个数值列。')).toBeVisible();
  await fileInput.setInputFiles({
    name: '坏数据.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('a,b,c\n1,2,3\n4,5\n6,7,8\n'),
  });
  await expect(
    page.getByRole('alert').filter({ hasText: '坏数据.csv：第 3 行有 2 个字段，但表头有 3 个。' }),
  ).toBeVisible();
  await openAllDetails(page);
  expect(await latinWords(page)).toEqual([]);

  // The variants' own views: generation and traversal (a 2-unit VAE), anomaly detection, the sparse code.
  for (const variant of ['variant=variational&latentSize=2&trainClasses=1%2C7', 'variant=sparse']) {
    // The page reads its link once, at load: leave it first, so that it loads afresh (a hash change alone would
    // not, and the page's own hash sync, still pending from opening the views, could write over the new link).
    await page.goto('about:blank');
    await page.goto(`./${SMALL_RUN}&epochs=3&${variant}`);
    await page.getByRole('button', { name: '训练', exact: true }).click();
    await expect(page.getByRole('status').filter({ hasText: /^完成/ })).toBeVisible({ timeout: 90_000 });
    await openAllDetails(page);
    if (variant.startsWith('variant=variational')) {
      await page.getByRole('button', { name: '从先验分布采样', exact: true }).click();
      await page.getByRole('button', { name: '解码流形', exact: true }).click();
      await expect(page.getByRole('img', { name: '解码出的流形' })).toBeVisible();
      await expect(page.getByRole('heading', { name: '异常检测' })).toBeVisible();
    } else {
      await expect(page.getByRole('img', { name: '编码激活值直方图' })).toBeVisible();
    }
    expect(await latinWords(page)).toEqual([]);
  }
});
