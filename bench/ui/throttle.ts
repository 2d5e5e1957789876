/** CPU throttling through CDP: 4× is roughly a mid-range phone against this machine. */
import type { Page } from '@playwright/test';

export const CPU_SLOWDOWN = 4;

export async function throttleCpu(page: Page, rate = CPU_SLOWDOWN): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
}
