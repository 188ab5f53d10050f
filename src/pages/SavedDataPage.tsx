import React from 'react'
import { SavedData } from '../features/transfer'

/** Saved queries and kept Ship results: export and import, to move between installs. */
export function SavedDataPage() {
  return <SavedData />
}
