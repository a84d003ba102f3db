// </textarea><script>window.__reviewPanelPwned = "script";</script>
// "><img src=x onerror="window.__reviewPanelPwned = 'img'">
// '><svg onload="window.__reviewPanelPwned = 'svg'">
// <a href="javascript:window.__reviewPanelPwned = 'link'">read the docs</a>
const { exec } = require("child_process");

function run(request) {
  // vulnerable: the finding's snippet carries markup that must stay text
  exec("echo </textarea><script>window.__reviewPanelPwned='snippet'</script>" + request.query.name);
}

function runSafely(request) {
  // safe look-alike: a fixed command, the input only as an argument
  require("child_process").execFile("echo", [request.query.name]);
}

module.exports = { run, runSafely };
