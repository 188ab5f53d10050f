/**
 * Resolves once the browser has painted what is on screen now (the next animation frame, then a
 * task): heavier rendering that waits for it lets the first screen show first. Without animation
 * frames (a test environment), after a task.
 */
export function afterPaint(): Promise<void> {
  return new Promise((resolve) => {
    const later = () => setTimeout(resolve, 0)
    if (typeof requestAnimationFrame === 'function') requestAnimationFrame(later)
    else later()
  })
}
