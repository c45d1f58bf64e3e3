import AxeBuilder from "@axe-core/playwright"
import { expect, type Page } from "@playwright/test"

/** WCAG 2.1 level AA, and nothing else: axe's best-practice rules are not part of the promise. */
const wcag21aa = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]

type Violations = Awaited<ReturnType<AxeBuilder["analyze"]>>["violations"]

/** One block per rule: id, impact and what to do, then each offending element and why. */
function describeViolations(violations: Violations): string {
  return violations
    .map((violation) => {
      const nodes = violation.nodes.map((node) => `    ${node.target.join(" > ")}\n      ${node.failureSummary?.replaceAll("\n", "\n      ")}`)
      return [`${violation.id} (${violation.impact}): ${violation.help}`, `  ${violation.helpUrl}`, ...nodes].join("\n")
    })
    .join("\n\n")
}

/**
 * Runs axe with the WCAG 2.1 AA rules on the page as it is now. Soft, so that one test reports
 * every page it visits; the message is the readable list, not axe's raw objects.
 */
export async function checkPage(page: Page, what: string) {
  await expect(page.getByRole("heading", { level: 1 }).first()).toBeVisible()
  const { violations } = await new AxeBuilder({ page }).withTags(wcag21aa).analyze()
  expect.soft(describeViolations(violations), `WCAG 2.1 AA violations on ${what} (${page.url()})`).toBe("")
}
