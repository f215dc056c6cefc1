/** A trainer's click on "load": a new object each time, so loading the same text twice still applies. */
export interface LoadRequest {
  text: string
}
