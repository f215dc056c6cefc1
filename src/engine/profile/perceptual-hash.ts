// Difference hash (dHash) of an image, so a profile picture can be compared with the agency logo
// without storing or sending the image. Callers decode and scale the image; this stays pure.

/** dHash of a 9x8 grayscale thumbnail (row-major luminance values), as 16 hex digits. */
export function differenceHash(luminance: ArrayLike<number>): string {
  if (luminance.length !== 72) throw new Error(`differenceHash needs 9x8 = 72 luminance values, got ${luminance.length}`)
  let hex = ""
  for (let row = 0; row < 8; row++) {
    let byte = 0
    for (let column = 0; column < 8; column++) {
      const left = luminance[row * 9 + column]
      const right = luminance[row * 9 + column + 1]
      byte = (byte << 1) | (left > right ? 1 : 0)
    }
    hex += byte.toString(16).padStart(2, "0")
  }
  return hex
}

/** Scales RGBA pixels to the 9x8 grayscale thumbnail dHash needs (box filter). */
export function thumbnailLuminance(rgba: ArrayLike<number>, width: number, height: number): number[] {
  if (width < 1 || height < 1 || rgba.length < width * height * 4) throw new Error("image data does not match its size")
  const values: number[] = []
  for (let row = 0; row < 8; row++) {
    const y0 = Math.floor((row * height) / 8)
    const y1 = Math.max(y0 + 1, Math.floor(((row + 1) * height) / 8))
    for (let column = 0; column < 9; column++) {
      const x0 = Math.floor((column * width) / 9)
      const x1 = Math.max(x0 + 1, Math.floor(((column + 1) * width) / 9))
      let sum = 0
      let count = 0
      for (let y = y0; y < y1; y++) {
        for (let x = x0; x < x1; x++) {
          const index = (y * width + x) * 4
          const alpha = rgba[index + 3] / 255
          // Transparent pixels count as white, as logos are shown on white.
          const gray = 0.299 * rgba[index] + 0.587 * rgba[index + 1] + 0.114 * rgba[index + 2]
          sum += gray * alpha + 255 * (1 - alpha)
          count++
        }
      }
      values.push(sum / count)
    }
  }
  return values
}

export function hammingDistance(hexA: string, hexB: string): number {
  if (hexA.length !== hexB.length) throw new Error("hashes differ in length")
  let distance = 0
  for (let index = 0; index < hexA.length; index++) {
    let bits = parseInt(hexA[index], 16) ^ parseInt(hexB[index], 16)
    while (bits) {
      distance += bits & 1
      bits >>= 1
    }
  }
  return distance
}
