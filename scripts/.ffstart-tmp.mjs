import { puppeteerCore } from '@web/test-runner-chrome';
for (let i = 0; i < 3; i++) {
  const t0 = Date.now();
  const b = await puppeteerCore.launch({ browser: 'firefox', executablePath: '/usr/bin/firefox-esr', headless: true });
  const t1 = Date.now();
  const p = await b.newPage();
  await p.goto('about:blank');
  const t2 = Date.now();
  await b.close();
  console.log(`launch ${t1 - t0} ms, page ${t2 - t1} ms, close ${Date.now() - t2} ms`);
}
