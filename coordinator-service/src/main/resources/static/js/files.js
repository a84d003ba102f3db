// Reads chosen files or a folder into review files, leaving out (and saying why) what the
// coordinator would refuse or what is not source: binaries, oversized files, VCS and dependency folders.

const LEFT_OUT_FOLDERS = [
  { segment: '.git', reason: 'version control data (.git/)' },
  { segment: 'node_modules', reason: 'installed dependencies (node_modules/)' },
];

/** {files: [{path, content, size}], skipped: [{path, reason}]} */
export async function readFiles(fileList, limits) {
  const files = [];
  const skipped = [];
  for (const file of Array.from(fileList)) {
    const path = (file.webkitRelativePath || file.name).replaceAll('\\', '/');
    const folder = LEFT_OUT_FOLDERS.find((f) => path.split('/').slice(0, -1).includes(f.segment));
    if (folder) {
      skipped.push({ path, reason: folder.reason });
    } else if (limits && file.size > limits.maxFileBytes) {
      skipped.push({ path, reason: `larger than the ${megabytes(limits.maxFileBytes)} limit per file` });
    } else {
      const content = text(await file.arrayBuffer());
      if (content === null) skipped.push({ path, reason: 'binary or not UTF-8 text' });
      else files.push({ path, content, size: file.size });
    }
  }
  return { files, skipped };
}

/** Why these files cannot go in one review, or null. */
export function overLimits(files, limits) {
  if (!limits) return null;
  if (files.length > limits.maxFiles) {
    return `${files.length} files: a review takes at most ${limits.maxFiles}. Choose fewer files or a smaller folder.`;
  }
  const total = files.reduce((sum, f) => sum + (f.size ?? new Blob([f.content]).size), 0);
  if (total > limits.maxTotalBytes) {
    return `${megabytes(total)} in all: a review takes at most ${megabytes(limits.maxTotalBytes)}. Choose fewer files.`;
  }
  return null;
}

// the text of a file, or null when it holds NUL bytes or is not valid UTF-8
function text(buffer) {
  const bytes = new Uint8Array(buffer);
  if (bytes.includes(0)) return null;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

function megabytes(bytes) {
  return bytes >= 1024 * 1024 ? `${+(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.round(bytes / 1024)} KB`;
}
