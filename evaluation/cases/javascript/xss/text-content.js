function showWelcome() {
  const name = decodeURIComponent(window.location.hash.slice(1));
  const banner = document.getElementById('banner');
  banner.textContent = 'Welcome ' + name;
}

showWelcome();
