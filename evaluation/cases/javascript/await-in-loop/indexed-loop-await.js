async function resize(images, resizer) {
  for (let i = 0; i < images.length; i++) {
    images[i] = await resizer.thumbnail(images[i]); // expect: await-in-loop
  }
  return images;
}

module.exports = { resize };
