/**
 * The lesson body format and its helpers live in the contract (contract/lesson-body.ts), because the
 * client's editor and read-aloud use the very same rules; the domain re-exports them for the server.
 */
export { bodyToText, imageIds, lessonText, parseBodyText, speechChunks } from '../../contract/lesson-body';
