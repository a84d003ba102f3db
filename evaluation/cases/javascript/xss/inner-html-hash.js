function showWelcome() {
  const name = decodeURIComponent(window.location.hash.slice(1));
  const banner = document.getElementById('banner');
  banner.innerHTML = '<b>Welcome ' + name + '</b>'; // expect: xss
}

showWelcome();
