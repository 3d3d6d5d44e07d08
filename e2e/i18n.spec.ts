import { expect, test } from './fixtures';

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
