import { UserFacingError } from './errors';

/**
 * Phone photos are megabytes of pixels the server's OCR does not need. A grey JPEG of at most
 * 1600 pixels keeps print readable for the OCR and for the pharmacist who sees it as the
 * prescription's document; the quality and size step down until it fits in `maxChars` (well
 * under the API's 5 MB, so the upload that carries it again stays quick).
 */
export async function photoAsJpegDataUrl(file: File, maxChars = 1_500_000): Promise<string> {
  const bitmap = await createImageBitmap(file).catch(() => {
    throw new UserFacingError('That file is not a photo we can read: use a PNG or JPEG.');
  });
  try {
    for (const side of [1600, 1280, 1024, 800]) {
      const scale = Math.min(1, side / Math.max(bitmap.width, bitmap.height));
      const canvas = document.createElement('canvas');
      canvas.width = Math.round(bitmap.width * scale);
      canvas.height = Math.round(bitmap.height * scale);
      const context = canvas.getContext('2d');
      if (!context) throw new UserFacingError('This browser cannot prepare photos');
      context.filter = 'grayscale(1)';
      context.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
      for (const quality of [0.8, 0.65, 0.5]) {
        const url = canvas.toDataURL('image/jpeg', quality);
        if (url.length <= maxChars) return url;
      }
    }
  } finally {
    bitmap.close();
  }
  throw new UserFacingError('The photo is too detailed to send; try a closer, plainer shot');
}
