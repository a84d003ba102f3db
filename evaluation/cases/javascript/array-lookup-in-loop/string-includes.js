function warnings(lines) {
  let count = 0;
  for (const line of lines) {
    if (line.includes('WARN')) {
      count++;
    }
  }
  return count;
}

module.exports = { warnings };
