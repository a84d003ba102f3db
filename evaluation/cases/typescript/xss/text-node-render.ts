export function renderSearchTitle(root: HTMLElement): void {
  const query = new URLSearchParams(window.location.search).get('q') ?? '';
  const heading = document.createElement('h2');
  heading.textContent = `Results for ${query}`;
  root.replaceChildren(heading);
}
