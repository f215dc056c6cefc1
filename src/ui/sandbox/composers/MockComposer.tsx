// Mock composers that look and behave like Facebook's, X's and Instagram's: the same editors
// (Lexical, Draft.js), a character count, an attachment button and a post button.
import { useCallback, useState } from "react"
import twitterText from "twitter-text"

import type { Platform } from "~/engine/types"

import { t } from "../../i18n"
import { DraftTextBox } from "./DraftTextBox"
import { LexicalTextBox } from "./LexicalTextBox"
import type { LoadRequest } from "./load-request"

export type MockPlatform = Extract<Platform, "facebook" | "x" | "instagram">

interface MockSpec {
  editor: "lexical" | "draft-js"
  label: string
  placeholderKey: string
  submitLabel: string
  limit: number
  /** X counts weighted characters (URLs 23, CJK 2); the others count UTF-16 code units. */
  length: (text: string) => number
}

const MOCKS: Record<MockPlatform, MockSpec> = {
  facebook: { editor: "lexical", label: "What's on your mind?", placeholderKey: "sandbox_placeholder_facebook", submitLabel: "Post", limit: 63_206, length: (text) => text.length },
  x: { editor: "draft-js", label: "Post text", placeholderKey: "sandbox_placeholder_x", submitLabel: "Post", limit: 280, length: (text) => twitterText.parseTweet(text).weightedLength },
  instagram: { editor: "lexical", label: "Write a caption...", placeholderKey: "sandbox_placeholder_instagram", submitLabel: "Share", limit: 2_200, length: (text) => text.length }
}

const SAMPLE_PHOTO =
  "data:image/svg+xml;utf8," +
  encodeURIComponent(
    `<svg xmlns="http://www.w3.org/2000/svg" width="160" height="100"><rect width="160" height="100" fill="#94a3b8"/><circle cx="50" cy="45" r="16" fill="#e2e8f0"/><rect x="30" y="64" width="40" height="36" rx="8" fill="#e2e8f0"/><circle cx="110" cy="45" r="16" fill="#e2e8f0"/><rect x="90" y="64" width="40" height="36" rx="8" fill="#e2e8f0"/></svg>`
  )

export function MockComposer({ platform, agencyName, load, onPost }: { platform: MockPlatform; agencyName: string; load: LoadRequest | null; onPost: (text: string, photos: number) => void }) {
  const spec = MOCKS[platform]
  const [text, setText] = useState("")
  const [photos, setPhotos] = useState(0)
  const onText = useCallback((value: string) => setText(value), [])
  const used = spec.length(text)
  const over = used > spec.limit
  const editorProps = { label: spec.label, placeholder: t(spec.placeholderKey), load, onText }
  return (
    <div className={`pg-mock pg-mock-${platform}`} role={platform === "facebook" ? "dialog" : "region"} aria-label={t(`sandbox_mock_${platform}`)} data-pg-sandbox-platform={platform}>
      <div className="pg-mock-header">
        <span className="pg-mock-avatar" aria-hidden="true">
          {agencyName.slice(0, 1)}
        </span>
        <strong>{agencyName}</strong>
      </div>
      {spec.editor === "lexical" ? <LexicalTextBox {...editorProps} /> : <DraftTextBox {...editorProps} />}
      {photos > 0 && (
        <div className="pg-mock-attachments" data-testid="attachments">
          {Array.from({ length: photos }, (_, index) => (
            <img key={index} src={SAMPLE_PHOTO} alt={t("sandbox_photo_alt", String(index + 1))} />
          ))}
        </div>
      )}
      <div className="pg-mock-footer">
        <button type="button" className="pg-mock-attach" onClick={() => setPhotos(photos + 1)} aria-label={t("sandbox_add_photo")}>
          {t("sandbox_add_photo")}
        </button>
        {photos > 0 && (
          <button type="button" className="pg-link-button" onClick={() => setPhotos(0)}>
            {t("sandbox_remove_photos")}
          </button>
        )}
        <span className={`pg-mock-count${over ? " pg-over" : ""}`} data-pg="sandbox-count" aria-live="polite">
          {used.toLocaleString()} / {spec.limit.toLocaleString()}
        </span>
        {platform === "x" ? (
          <button type="button" className="pg-mock-submit" data-testid="tweetButton" disabled={text.trim() === ""} onClick={() => onPost(text, photos)}>
            {spec.submitLabel}
          </button>
        ) : (
          <div
            role="button"
            tabIndex={0}
            aria-label={spec.submitLabel}
            className="pg-mock-submit"
            onClick={() => onPost(text, photos)}
            onKeyDown={(event) => {
              if (event.key === "Enter" || event.key === " ") onPost(text, photos)
            }}>
            {spec.submitLabel}
          </div>
        )}
      </div>
    </div>
  )
}
