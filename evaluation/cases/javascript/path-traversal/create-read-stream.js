const fs = require('fs');
const http = require('http');

http.createServer((req, res) => {
  const url = new URL(req.url, 'http://localhost');
  const name = url.searchParams.get('file');
  fs.createReadStream('/srv/static/' + name).pipe(res); // expect: path-traversal
}).listen(8080);
