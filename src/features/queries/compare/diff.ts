/** The comparison's diff lives in src/shared (the content check matches rows the same way). */
export * from '../../../shared/resultDiff'
