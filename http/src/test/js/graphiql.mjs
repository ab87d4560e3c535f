// Uses GraphiQL as a person would, in the system's headless Chromium (playwright-core never
// downloads a browser): types each query into the editor, clicks the run button, and checks the
// JSON the result pane shows. Fails on any request to another origin (no CDN), console error or
// page error. Reports the WebSockets the page opened (URL, the types of the messages it sent) and
// how many subscriptions went over HTTP instead. Saves a screenshot of the last result; exits
// non-zero on any failure.
//
//   node graphiql.mjs <GraphiQL URL> <screenshot.png> <query> <expected JSON> [<query> <expected JSON> ...]
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const [pageUrl, screenshot, ...checks] = process.argv.slice(2);
if (!pageUrl || !screenshot || checks.length === 0 || checks.length % 2 !== 0) {
  console.error('usage: node graphiql.mjs <GraphiQL URL> <screenshot.png> <query> <expected JSON> ...');
  process.exit(2);
}

const origin = new URL(pageUrl).origin;
const userDataDir = mkdtempSync(join(tmpdir(), 'kiln-chromium-'));
const context = await chromium.launchPersistentContext(userDataDir, {
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
  viewport: { width: 1280, height: 720 },
});

const problems = [];
const webSockets = [];
let subscriptionsOverHttp = 0;
let page;
try {
  page = context.pages()[0] ?? (await context.newPage());
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol !== 'data:' && url.origin !== origin) {
      problems.push(`request to another origin: ${request.url()}`);
    }
  });
  page.on('console', (message) => {
    if (message.type() === 'error') {
      problems.push(`console error: ${message.text()}`);
    }
  });
  page.on('response', (response) => {
    if (response.status() >= 400) {
      problems.push(`${response.status()} for ${response.url()}`);
    }
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('request', (request) => {
    if (request.method() === 'POST' && /"query":"subscription/.test(request.postData() ?? '')) {
      subscriptionsOverHttp++;
    }
  });
  page.on('websocket', (socket) => {
    const seen = { url: socket.url(), sent: [] };
    webSockets.push(seen);
    socket.on('framesent', (frame) => {
      try {
        seen.sent.push(JSON.parse(frame.payload).type);
      } catch {
        seen.sent.push('?');
      }
    });
  });

  await page.goto(pageUrl);
  const editor = page.locator('.graphiql-query-editor .CodeMirror');
  await editor.waitFor({ timeout: 15000 });

  for (let i = 0; i < checks.length; i += 2) {
    const [query, expected] = [checks[i], JSON.parse(checks[i + 1])];
    await editor.click();
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Delete');
    await page.keyboard.type(query);
    await page.keyboard.press('Escape'); // closes the autocompletion list, if open
    const typed = await page.evaluate(() => document.querySelector('.graphiql-query-editor .CodeMirror').CodeMirror.getValue());
    assert.equal(typed, query, 'the editor holds the query as typed');

    await page.locator('.graphiql-execute-button').click();
    const shown = await page.waitForFunction(
      (expectedText) => {
        const value = document.querySelector('.graphiql-response .CodeMirror')?.CodeMirror.getValue() ?? '';
        try {
          return JSON.stringify(JSON.parse(value)) === expectedText ? value : false;
        } catch {
          return false;
        }
      },
      JSON.stringify(expected),
      { timeout: 15000 },
    ).catch(async () => {
      const value = await page.evaluate(() => document.querySelector('.graphiql-response .CodeMirror')?.CodeMirror.getValue());
      throw new Error(`the result pane shows ${value}, not ${JSON.stringify(expected)}`);
    });
    console.log(`${query} -> ${JSON.stringify(JSON.parse(await shown.jsonValue()))}`);
  }
  assert.deepEqual(problems, [], 'no other origins, console errors or page errors');
  for (const socket of webSockets) {
    console.log(`websocket: ${socket.url}, messages sent: ${[...new Set(socket.sent)].join(' ')}`);
  }
  console.log(`subscriptions over HTTP: ${subscriptionsOverHttp}`);
  await page.screenshot({ path: screenshot });
  console.log(`screenshot: ${screenshot}`);
} catch (error) {
  console.error(error.message);
  if (problems.length > 0) {
    console.error(problems.join('\n'));
  }
  await page?.screenshot({ path: screenshot }).catch(() => {});
  process.exitCode = 1;
} finally {
  await context.close();
  rmSync(userDataDir, { recursive: true, force: true });
}
