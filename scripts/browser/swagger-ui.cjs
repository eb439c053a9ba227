// Drives Swagger UI like a person: authorizes with HTTP Basic, opens "Create a client", uses "Try it out" with
// the documented example body, executes it, checks the answer and saves a screenshot.
// Env: BASE (service URL), USER_NAME/PASSWORD (Basic credentials), SHOT (screenshot path), CHROMIUM.
const puppeteer = require('puppeteer-core');

const base = process.env.BASE;
const operation = '#operations-Clients-createClient';

async function main() {
  const browser = await puppeteer.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'],
  });
  try {
    const page = await browser.newPage();
    await page.setViewport({ width: 1280, height: 1400 });
    await page.goto(`${base}/swagger-ui.html`, { waitUntil: 'networkidle0', timeout: 60000 });
    await page.waitForSelector('.swagger-ui .info .title', { timeout: 30000 });
    const title = await page.$eval('.swagger-ui .info .title', (el) => el.textContent.trim());

    await page.click('.swagger-ui .auth-wrapper button.authorize');
    await page.waitForSelector('.modal-ux .auth-container');
    const authorized = await page.evaluate((user, password) => {
      const container = [...document.querySelectorAll('.modal-ux .auth-container')]
        .find((el) => el.textContent.includes('basicAuth'));
      if (!container) return false;
      const set = (input, value) => {
        const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
        setter.call(input, value);
        input.dispatchEvent(new Event('input', { bubbles: true }));
      };
      set(container.querySelector('input[type=text]'), user);
      set(container.querySelector('input[type=password]'), password);
      container.querySelector('button[type=submit], button.authorize').click();
      return true;
    }, process.env.USER_NAME, process.env.PASSWORD);
    if (!authorized) throw new Error('no basicAuth form in the Authorize dialog');
    await page.waitForFunction(() => [...document.querySelectorAll('.modal-ux .auth-container')]
      .some((el) => el.textContent.includes('basicAuth') && el.textContent.includes('Authorized')));
    await page.click('.modal-ux .close-modal, .modal-ux button.btn-done');

    await page.click(`${operation} .opblock-summary`);
    await page.waitForSelector(`${operation} .try-out__btn`);
    await page.click(`${operation} .try-out__btn`);
    await page.waitForSelector(`${operation} textarea.body-param__text`);
    const body = await page.$eval(`${operation} textarea.body-param__text`, (el) => el.value);
    await page.click(`${operation} button.execute`);
    const statusSelector = `${operation} .live-responses-table .response .response-col_status`;
    await page.waitForSelector(statusSelector, { timeout: 30000 });
    const status = await page.$eval(statusSelector, (el) => el.textContent.trim());
    const answer = await page.$eval(`${operation} .live-responses-table .response .microlight`,
      (el) => el.textContent.trim()).catch(() => '');

    const block = await page.$(operation);
    await block.scrollIntoView();
    await block.screenshot({ path: process.env.SHOT });
    const locked = await page.$eval('.swagger-ui .auth-wrapper button.authorize', (el) => el.className.includes('locked'));
    console.log(`page: ${title}`);
    console.log(`request body (the documented example): ${body.replace(/\s+/g, ' ')}`);
    console.log(`answer: ${status} ${answer.replace(/\s+/g, ' ').slice(0, 300)}`);
    console.log(`authorized (padlock closed): ${locked}`);
    console.log(`screenshot of the operation: ${process.env.SHOT}`);
    if (!status.startsWith('201')) throw new Error(`expected 201 Created, got ${status}`);
  } finally {
    await browser.close();
  }
}

main().catch((error) => {
  console.error(`browser check failed: ${error.message}`);
  process.exit(1);
});
