// Mounts GraphiQL on the page that Kiln's HTTP server serves, pointed at its GraphQL endpoint.
//
// When the endpoint serves GraphQL over WebSocket (data-websocket="true"), GraphiQL's own fetcher
// (createGraphiQLFetcher) runs subscriptions over it with graphql-ws's client, and queries and
// mutations over HTTP, accepting multipart/mixed for @defer. Otherwise the fetcher below accepts
// JSON and, less preferred, Server-Sent Events: the server answers queries and mutations with JSON,
// and streams a subscription's results as events (the distinct connections mode of the GraphQL
// over SSE protocol), which GraphiQL shows one after another.
(function () {
  'use strict';

  var ACCEPT = 'application/graphql-response+json, application/json;q=0.9, text/event-stream;q=0.8';
  var container = document.getElementById('graphiql');
  var endpoint = container.getAttribute('data-endpoint');

  // One Server-Sent Event from the lines of its block (https://html.spec.whatwg.org/#event-stream-interpretation).
  function parseEvent(block) {
    var event = { type: 'message', data: [] };
    block.split(/\r?\n/).forEach(function (line) {
      var colon = line.indexOf(':');
      if (colon === 0) {
        return; // a comment: the server's keep-alive
      }
      var field = colon < 0 ? line : line.slice(0, colon);
      var value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
      if (field === 'event') {
        event.type = value;
      } else if (field === 'data') {
        event.data.push(value);
      }
    });
    return { type: event.type, data: event.data.join('\n') };
  }

  // The results of `next` events until `complete`; GraphiQL's stop button cancels the response.
  async function* results(body) {
    var reader = body.getReader();
    var decoder = new TextDecoder();
    var buffered = '';
    try {
      for (;;) {
        var chunk = await reader.read();
        if (chunk.done) {
          return;
        }
        buffered += decoder.decode(chunk.value, { stream: true });
        var end;
        while ((end = buffered.search(/\r?\n\r?\n/)) >= 0) {
          var event = parseEvent(buffered.slice(0, end));
          buffered = buffered.slice(end).replace(/^\r?\n\r?\n/, '');
          if (event.type === 'complete') {
            return;
          }
          if (event.type === 'next') {
            yield JSON.parse(event.data);
          }
        }
      }
    } finally {
      reader.cancel();
    }
  }

  async function fetcher(params, options) {
    var response = await fetch(endpoint, {
      method: 'POST',
      headers: Object.assign({ 'Content-Type': 'application/json', Accept: ACCEPT }, options && options.headers),
      body: JSON.stringify(params),
    });
    if ((response.headers.get('Content-Type') || '').startsWith('text/event-stream')) {
      return results(response.body);
    }
    return response.json();
  }

  // createGraphiQLFetcher picks the WebSocket from the documentAST that GraphiQL passes, which is
  // missing (or stale) when the run button is pressed before the editor has parsed what was typed;
  // the subscription would then go over HTTP. So the fetcher gets the AST of the query it runs.
  function webSocketFetcher() {
    var url = new URL(endpoint, window.location.href);
    url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
    var fetcher = GraphiQL.createFetcher({
      url: endpoint,
      wsClient: graphqlWs.createClient({ url: url.href, lazy: true }),
    });
    return function (params, options) {
      var documentAST;
      try {
        documentAST = GraphiQL.GraphQL.parse(params.query);
      } catch (syntaxError) {
        return fetcher(params, options); // the server reports it
      }
      return fetcher(params, Object.assign({}, options, { documentAST: documentAST }));
    };
  }

  var useWebSocket = container.getAttribute('data-websocket') === 'true';
  ReactDOM.createRoot(container).render(React.createElement(GraphiQL, { fetcher: useWebSocket ? webSocketFetcher() : fetcher }));
})();
