export function renderSearchTitle(root: HTMLElement): void {
  const query = new URLSearchParams(window.location.search).get('q') ?? '';
  root.innerHTML = `<h2>Results for ${query}</h2>`; // expect: xss
}
