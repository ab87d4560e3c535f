// The slow clients of issue 18, held open until this process is killed: 50 connections that send
// half a request line, 50 that never finish their headers, 50 whose body stops short of its
// Content-Length, and 50 that pipeline requests and never read an answer. Each trickles a byte now
// and then, as slowloris does, and reconnects when the server closes it.
//   node slow-clients.mjs <port>
import { connect } from 'node:net';

const port = Number(process.argv[2]);
const each = Number(process.env.SLOW_CLIENTS ?? 50);
const kinds = {
  halfLine: { start: 'POST /graph', trickle: 'q' },
  headers: { start: 'POST /graphql HTTP/1.1\r\nHost: localhost\r\n', trickle: 'X-a: b\r\n' },
  shortBody: {
    start: `POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n{"query":`,
    trickle: ' ',
  },
  nonReading: {
    start: `GET /graphiql/graphiql.min.css HTTP/1.1\r\nHost: localhost\r\n\r\n`.repeat(20),
    trickle: `GET /graphiql/graphiql.min.css HTTP/1.1\r\nHost: localhost\r\n\r\n`,
  },
};

function hold(kind) {
  const socket = connect(port, '127.0.0.1');
  if (kind === 'nonReading') socket.pause();
  let timer;
  socket.on('connect', () => {
    socket.write(kinds[kind].start);
    timer = setInterval(() => socket.write(kinds[kind].trickle), 1000);
  });
  const again = () => {
    clearInterval(timer);
    socket.destroy();
    setTimeout(() => hold(kind), 100);
  };
  socket.on('error', again);
  socket.on('close', again);
}

for (const kind of Object.keys(kinds)) {
  for (let i = 0; i < each; i++) hold(kind);
}
console.log(`holding ${each} slow clients of each of ${Object.keys(kinds).length} kinds against port ${port}`);
