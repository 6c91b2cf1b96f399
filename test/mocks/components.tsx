/* Taro components rendered as plain DOM elements for React Testing Library. */
import type { ReactNode } from 'react'

type Props = { children?: ReactNode; className?: string; onClick?: () => void; [k: string]: unknown }

export const View = ({ children, className, onClick, ...rest }: Props) => (
  <div className={className} onClick={onClick} role={rest.role as string | undefined} data-elder={rest['data-elder'] as string | undefined}>
    {children}
  </div>
)
export const Text = ({ children, className, onClick }: Props) => (
  <span className={className} onClick={onClick}>
    {children}
  </span>
)
export const Button = ({ children, className, onClick }: Props) => (
  <button className={className} onClick={onClick}>
    {children}
  </button>
)
type InputProps = { id?: string; className?: string; value?: string; placeholder?: string; onInput?: (e: { detail: { value: string } }) => void }
export const Input = ({ id, className, value, placeholder, onInput }: InputProps) => (
  <input id={id} className={className} value={value} placeholder={placeholder} onChange={(e) => onInput?.({ detail: { value: e.target.value } })} />
)
type SwitchProps = { id?: string; checked?: boolean; onChange?: (e: { detail: { value: boolean } }) => void }
export const Switch = ({ id, checked, onChange }: SwitchProps) => (
  <input type='checkbox' role='switch' id={id} checked={!!checked} onChange={(e) => onChange?.({ detail: { value: e.target.checked } })} />
)
type PickerProps = { children?: ReactNode; mode?: string; value?: string; onChange?: (e: { detail: { value: string } }) => void }
/** A date picker stand-in: its children, plus a text box (data-picker="<mode>") whose change fires onChange. */
export const Picker = ({ children, mode, value, onChange }: PickerProps) => (
  <div>
    {children}
    <input data-picker={mode} value={value} onChange={(e) => onChange?.({ detail: { value: e.target.value } })} />
  </div>
)
export const Image = ({ src, className }: { src?: string; className?: string }) => <img className={className} src={src} alt='' />
export const Canvas = ({ id, className }: { id?: string; className?: string }) => <canvas id={id} className={className} />
