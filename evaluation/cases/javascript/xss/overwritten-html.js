function showStatus(el) {
  let message = new URLSearchParams(window.location.search).get('msg');
  message = 'Saved successfully';
  el.innerHTML = '<span class="ok">' + message + '</span>';
}

module.exports = { showStatus };
