import type { SearchTypes } from "@medusajs/framework/types"
import type { EnqueuedTask, Task, TaskStatus } from "meilisearch"

function status(value: TaskStatus): SearchTypes.SearchTaskStatus {
  if (value === "canceled") return "failed"
  return value
}

/** A write Meilisearch accepted; its uid is what `waitForTask` waits on. */
export function enqueuedTask(task: EnqueuedTask, index: string): SearchTypes.SearchTask {
  return { id: String(task.taskUid), index, status: status(task.status) }
}

/** A write in its final (or current) state, with Meilisearch's error when it failed. */
export function settledTask(task: Task, index?: string): SearchTypes.SearchTask {
  return {
    id: String(task.uid),
    index: task.indexUid ?? index,
    status: status(task.status),
    ...(task.error ? { error: { message: task.error.message, code: task.error.code } } : {}),
  }
}
