export function replaceBadge(badge: HTMLElement, label: string): void {
  badge.outerHTML = `<span class="badge">${label}</span>`; // expect: xss
}
