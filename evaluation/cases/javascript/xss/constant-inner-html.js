const SPINNER = '<div class="spinner" aria-label="loading"></div>';

function showLoading(el, message) {
  el.innerHTML = SPINNER;
  el.setAttribute('title', message);
}

module.exports = { showLoading };
