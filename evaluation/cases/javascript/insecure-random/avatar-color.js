function randomAvatarColor() {
  const hue = Math.floor(Math.random() * 360);
  return `hsl(${hue}, 65%, 55%)`;
}

module.exports = { randomAvatarColor };
