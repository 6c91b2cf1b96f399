import { screen, fireEvent } from '@testing-library/react'
import { useShareAppMessage } from '@tarojs/taro'

/** The option `label` under the choice group headed `group`. */
export function option(group: string, label: string): Element {
  const heading = screen.getByText(group)
  const match = Array.from(heading.parentElement?.querySelectorAll('[role=radio]') ?? []).find((el) => el.textContent === label)
  if (!match) throw new Error(`no option ${label} under ${group}`)
  return match
}

/** Type into the input with this id. */
export function type(id: string, value: string): void {
  const el = document.getElementById(id)
  if (!el) throw new Error(`no input #${id}`)
  fireEvent.change(el, { target: { value } })
}

/** The path the page last offered for sharing. */
export function sharedPath(): string {
  const calls = (useShareAppMessage as jest.Mock).mock.calls
  return (calls[calls.length - 1][0] as () => { path: string })().path
}
