// Drives Kiln's WebSocket endpoint with the real graphql-ws client (on the `ws` package, Node 20
// having no WebSocket of its own) and Apollo Client 4: its GraphQLWsLink over the socket, and its
// HttpLink reading @defer's multipart/mixed response with Defer20220824Handler. Each scenario
// asserts what it receives, whole, and prints "ok <name>"; exits non-zero on the first failure.
//
//   node graphql-ws.mjs http://127.0.0.1:8080/graphql
//
// The server's connection context factory must refuse the connectionParams {token: "expired"}
// with "The access token has expired.", and its Kiln must have incremental delivery on.
import assert from 'node:assert/strict';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { ApolloClient, HttpLink, InMemoryCache, gql } from '@apollo/client';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { Defer20220824Handler } from '@apollo/client/incremental';

const httpUrl = process.argv[2];
if (!httpUrl) {
  console.error('usage: node graphql-ws.mjs <GraphQL endpoint URL>');
  process.exit(2);
}
const wsUrl = httpUrl.replace(/^http/, 'ws');

function client(options = {}) {
  return createClient({ url: wsUrl, webSocketImpl: WebSocket, retryAttempts: 0, lazy: true, ...options });
}

/** Every result of one operation until it completes; rejects with what ended it otherwise. */
function results(wsClient, payload) {
  return new Promise((resolve, reject) => {
    const received = [];
    wsClient.subscribe(payload, {
      next: (result) => received.push(result),
      error: (error) => reject(error),
      complete: () => resolve(received),
    });
  });
}

/** The close event (or error) that ends a client's first connection attempt. */
function firstFailure(wsClient, payload) {
  return new Promise((resolve) => {
    wsClient.subscribe(payload, {
      next: () => {},
      error: (error) => resolve(error),
      complete: () => resolve(new Error('completed instead of failing')),
    });
  });
}

const scenarios = {
  async 'graphql-ws: a subscription receives each event, then completes'() {
    const ws = client();
    try {
      assert.deepEqual(await results(ws, { query: 'subscription { countdown(from: 3) }' }), [
        { data: { countdown: 3 } },
        { data: { countdown: 2 } },
        { data: { countdown: 1 } },
      ]);
    } finally {
      await ws.dispose();
    }
  },

  async 'graphql-ws: a query and a mutation over the socket'() {
    const ws = client();
    try {
      assert.deepEqual(await results(ws, { query: '{ hello echo(text: "over graphql-ws") }' }), [
        { data: { hello: 'world', echo: 'over graphql-ws' } },
      ]);
      const [incremented] = await results(ws, { query: 'mutation { increment }' });
      assert.equal(typeof incremented.data.increment, 'number');
    } finally {
      await ws.dispose();
    }
  },

  async 'graphql-ws: a document that does not validate is an error'() {
    const ws = client();
    try {
      const error = await results(ws, { query: '{ nope }' }).then(
        () => assert.fail('the operation should fail'),
        (errors) => errors,
      );
      assert.deepEqual(error, [
        {
          message: "Validation error (FieldUndefined@[nope]) : Field 'nope' in type 'Query' is undefined",
          locations: [{ line: 1, column: 3 }],
          extensions: { classification: 'ValidationError' },
        },
      ]);
    } finally {
      await ws.dispose();
    }
  },

  async 'graphql-ws: a refused connection_init closes with 4403'() {
    const ws = client({ connectionParams: { token: 'expired' } });
    try {
      const closed = await firstFailure(ws, { query: '{ hello }' });
      assert.equal(closed.code, 4403);
      assert.equal(closed.reason, 'The access token has expired.');
    } finally {
      await ws.dispose();
    }
  },

  async 'graphql-ws: a page of another origin is refused at the handshake'() {
    class FromAnotherOrigin extends WebSocket {
      constructor(url, protocols) {
        super(url, protocols, { origin: 'https://evil.example' });
      }
    }
    const ws = client({ webSocketImpl: FromAnotherOrigin });
    try {
      const failure = await firstFailure(ws, { query: '{ hello }' });
      assert.match(String(failure.message ?? failure), /Unexpected server response: 403/);
    } finally {
      await ws.dispose();
    }
  },

  async 'protocol: a duplicate id closes with 4409'() {
    const socket = new WebSocket(wsUrl, 'graphql-transport-ws');
    const closed = new Promise((resolve) => socket.on('close', (code, reason) => resolve({ code, reason: String(reason) })));
    await new Promise((resolve, reject) => {
      socket.on('open', resolve);
      socket.on('error', reject);
    });
    assert.equal(socket.protocol, 'graphql-transport-ws');
    socket.send(JSON.stringify({ type: 'connection_init' }));
    const ack = await new Promise((resolve) => socket.once('message', (data) => resolve(JSON.parse(String(data)))));
    assert.deepEqual(ack, { type: 'connection_ack' });
    const subscribe = { id: 'same', type: 'subscribe', payload: { query: 'subscription { idle }' } };
    socket.send(JSON.stringify(subscribe));
    socket.send(JSON.stringify(subscribe));
    assert.deepEqual(await closed, { code: 4409, reason: 'Subscriber for same already exists' });
  },

  async 'Apollo Client: GraphQLWsLink runs a subscription'() {
    const ws = client();
    const apollo = new ApolloClient({ link: new GraphQLWsLink(ws), cache: new InMemoryCache() });
    try {
      const values = await new Promise((resolve, reject) => {
        const seen = [];
        apollo.subscribe({ query: gql`subscription { countdown(from: 2) }` }).subscribe({
          next: (result) => seen.push(result.data),
          error: reject,
          complete: () => resolve(seen),
        });
      });
      assert.deepEqual(values, [{ countdown: 2 }, { countdown: 1 }]);
      const { data } = await apollo.query({ query: gql`{ echo(text: "query over GraphQLWsLink") }` });
      assert.deepEqual(data, { echo: 'query over GraphQLWsLink' });
    } finally {
      apollo.stop();
      await ws.dispose();
    }
  },

  async 'Apollo Client: HttpLink reads @defer over multipart/mixed with Defer20220824Handler'() {
    const accepts = [];
    const contentTypes = [];
    const link = new HttpLink({
      uri: httpUrl,
      fetch: async (url, init) => {
        accepts.push(new Headers(init.headers).get('accept'));
        const response = await fetch(url, init);
        contentTypes.push(response.headers.get('content-type'));
        return response;
      },
    });
    const apollo = new ApolloClient({ link, cache: new InMemoryCache(), incrementalHandler: new Defer20220824Handler() });
    try {
      const query = gql`
        query Deferred {
          hello
          ... @defer(label: "later") {
            echo(text: "deferred")
          }
        }
      `;
      const seen = await new Promise((resolve, reject) => {
        const emitted = [];
        const subscription = apollo.watchQuery({ query, fetchPolicy: 'network-only' }).subscribe({
          next: (result) => {
            if (result.data && Object.keys(result.data).length > 0) {
              emitted.push({ data: result.data, dataState: result.dataState });
            }
            if (result.dataState === 'complete') {
              subscription.unsubscribe();
              resolve(emitted);
            }
          },
          error: reject,
        });
      });
      assert.deepEqual(seen, [
        // Apollo Client adds __typename to every selection set, the root's too.
        { data: { __typename: 'Query', hello: 'world' }, dataState: 'streaming' },
        { data: { __typename: 'Query', hello: 'world', echo: 'deferred' }, dataState: 'complete' },
      ]);
      assert.match(accepts[0], /^multipart\/mixed;deferSpec=20220824,/);
      assert.equal(contentTypes[0], 'multipart/mixed; boundary="graphql"; deferSpec=20220824');
    } finally {
      apollo.stop();
    }
  },
};

for (const [name, scenario] of Object.entries(scenarios)) {
  try {
    await scenario();
    console.log(`ok ${name}`);
  } catch (error) {
    console.error(`FAILED ${name}: ${error?.stack ?? error?.message ?? JSON.stringify(error)}`);
    process.exit(1);
  }
}
process.exit(0);
