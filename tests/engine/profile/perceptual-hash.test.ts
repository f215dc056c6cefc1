import { describe, expect, it } from "vitest"

import { differenceHash, hammingDistance, thumbnailLuminance } from "~/engine/profile/perceptual-hash"

function gradientImage(width: number, height: number, reverse = false): Uint8ClampedArray {
  const pixels = new Uint8ClampedArray(width * height * 4)
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const value = Math.round(((reverse ? width - 1 - x : x) / (width - 1)) * 255)
      pixels.set([value, value, value, 255], (y * width + x) * 4)
    }
  }
  return pixels
}

describe("perceptual hash", () => {
  it("gives the same hash to the same picture at another size", () => {
    const small = differenceHash(thumbnailLuminance(gradientImage(90, 80), 90, 80))
    const large = differenceHash(thumbnailLuminance(gradientImage(360, 320), 360, 320))
    expect(hammingDistance(small, large)).toBe(0)
  })

  it("tells a mirrored picture apart", () => {
    const original = differenceHash(thumbnailLuminance(gradientImage(90, 80), 90, 80))
    const mirrored = differenceHash(thumbnailLuminance(gradientImage(90, 80, true), 90, 80))
    expect(hammingDistance(original, mirrored)).toBe(64)
  })

  it("rejects image data that does not match its size", () => {
    expect(() => thumbnailLuminance(new Uint8ClampedArray(10), 10, 10)).toThrow(/does not match/)
  })
})
