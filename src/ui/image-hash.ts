// Perceptual hash of an image in the browser: decode with an <img>, read pixels with a canvas.
import { differenceHash, thumbnailLuminance } from "~/engine/profile/perceptual-hash"

const SAMPLE_SIZE = 72

export async function hashImage(source: string | Blob): Promise<string> {
  const url = typeof source === "string" ? source : URL.createObjectURL(source)
  try {
    const image = new Image()
    image.crossOrigin = "anonymous"
    image.src = url
    await image.decode()
    const canvas = document.createElement("canvas")
    canvas.width = SAMPLE_SIZE
    canvas.height = SAMPLE_SIZE
    const context = canvas.getContext("2d")
    if (!context) throw new Error("no 2D canvas")
    context.drawImage(image, 0, 0, SAMPLE_SIZE, SAMPLE_SIZE)
    const { data } = context.getImageData(0, 0, SAMPLE_SIZE, SAMPLE_SIZE)
    return differenceHash(thumbnailLuminance(data, SAMPLE_SIZE, SAMPLE_SIZE))
  } finally {
    if (typeof source !== "string") URL.revokeObjectURL(url)
  }
}
