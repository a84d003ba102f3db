const routes = {};

function route(path, handler) {
  routes[path] = handler;
}

function handle(req, res) {
  const handler = routes[req.path];
  return handler ? handler(req, res) : res.status(404).end();
}

module.exports = { route, handle };
