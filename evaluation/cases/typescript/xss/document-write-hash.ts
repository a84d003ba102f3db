export function showWelcome(): void {
  const name = decodeURIComponent(window.location.hash.slice(1));
  document.write('<h2>Welcome back, ' + name + '</h2>'); // expect: xss
}
