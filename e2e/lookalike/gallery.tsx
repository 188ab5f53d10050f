/**
 * The look-alike gallery: each stand-in in src/shared/ui beside the @looker/components component
 * it stands in for, in the same theme. A test page only: e2e/uiLookalike.flow.ts bundles it with
 * esbuild when it runs, so it never reaches dist/bundle.js. `?case=<name>` shows one case alone,
 * at the same place whatever the others (a picture taken half a pixel lower is another picture);
 * `?dialog=standin` and `?dialog=real` show one dialog alone (a modal covers the page).
 */
// components' CommonJS build (see the flow) expects the regenerator global, as in jest.
import 'regenerator-runtime/runtime'
import React, { ReactNode } from 'react'
import ReactDOM from 'react-dom'
import {
  Button,
  ButtonOutline,
  ButtonTransparent,
  Checkbox,
  ComponentsProvider,
  Dialog,
  DialogLayout,
  FieldCheckbox,
  FieldSelect,
  FieldText,
  FieldToggleSwitch,
  MessageBar as LookerMessageBar,
  Paragraph,
  Select,
  Table,
  TableBody,
  TableDataCell,
  TableHead,
  TableHeaderCell,
  TableRow,
  ToggleSwitch,
  Tooltip,
} from '@looker/components'
import { ConfirmDialog } from '../../src/shared/ui/ConfirmDialog'
import { InlineField } from '../../src/shared/ui/InlineField'
import { MessageBar } from '../../src/shared/ui/MessageBar'
import { NativeSelect } from '../../src/shared/ui/NativeSelect'
import { ReasonButton } from '../../src/shared/ui/ReasonButton'
import { RowButton } from '../../src/shared/ui/RowButton'
import { SelectField } from '../../src/shared/ui/SelectField'
import { TextField } from '../../src/shared/ui/TextField'
import { windowedRows } from '../../src/shared/ui/windowedTable'

const noop = () => undefined
const MODELS = ['ecommerce', 'finance', 'marketing'].map((value) => ({ value }))
// The branches table's: react-window sets each row's height; here a real Table laid out alike.
const COLUMNS = '200px 100px 100px'
const ROW = { height: 40 }
const { HeaderRow, BodyRow } = windowedRows(COLUMNS)
const REASON = 'Switch to Development Mode to change branches.'

/**
 * One comparison: `data-shot` marks what the flow photographs on each side (the side itself
 * unless `shot` names an element inside it), `act` what it does first (hover or focus that).
 */
function Case(props: {
  name: string
  standIn: ReactNode
  real: ReactNode
  shot?: string
  act?: 'hover' | 'focus'
}) {
  const only = new URLSearchParams(window.location.search).get('case')
  if (only && only !== props.name) return null
  return (
    <section data-case={props.name} data-shot={props.shot} data-act={props.act}>
      <h2>{props.name}</h2>
      <div data-side="standin">{props.standIn}</div>
      <div data-side="real">{props.real}</div>
    </section>
  )
}

function Gallery() {
  return (
    <>
      <Case
        name="message-bar-critical"
        standIn={<MessageBar intent="critical">Looker refused the switch.</MessageBar>}
        real={
          <LookerMessageBar intent="critical" noActions>
            Looker refused the switch.
          </LookerMessageBar>
        }
      />
      <Case
        name="message-bar-warn-action"
        standIn={
          <MessageBar intent="warn" primaryAction="Check again" onPrimaryClick={noop}>
            Looker may still apply it.
          </MessageBar>
        }
        real={
          <LookerMessageBar intent="warn" primaryAction="Check again">
            Looker may still apply it.
          </LookerMessageBar>
        }
      />
      <Case
        name="message-bar-inform"
        standIn={<MessageBar intent="inform">Shown as Looker reports it now.</MessageBar>}
        real={
          <LookerMessageBar intent="inform" noActions>
            Shown as Looker reports it now.
          </LookerMessageBar>
        }
      />
      <Case
        name="select-placeholder"
        standIn={
          <NativeSelect
            aria-label="Model"
            placeholder="Choose a model"
            value=""
            options={MODELS}
            onChange={noop}
          />
        }
        real={<Select aria-label="Model" placeholder="Choose a model" options={MODELS} />}
      />
      <Case
        name="select-field"
        standIn={<SelectField label="Model" value="finance" options={MODELS} onChange={noop} />}
        real={<FieldSelect label="Model" value="finance" options={MODELS} />}
      />
      <Case
        name="select-value"
        standIn={
          <NativeSelect
            aria-label="Model"
            placeholder="Choose a model"
            value="finance"
            options={MODELS}
            onChange={noop}
          />
        }
        real={<Select aria-label="Model" value="finance" options={MODELS} />}
      />
      <Case
        name="select-focus"
        act="focus"
        standIn={
          <NativeSelect
            aria-label="Model"
            placeholder="Choose a model"
            value="finance"
            options={MODELS}
            onChange={noop}
          />
        }
        real={<Select aria-label="Model" value="finance" options={MODELS} />}
      />
      <Case
        name="select-disabled"
        standIn={
          <NativeSelect
            aria-label="Model"
            placeholder="Choose a model"
            value="finance"
            options={MODELS}
            disabled
            onChange={noop}
          />
        }
        real={<Select aria-label="Model" value="finance" options={MODELS} disabled />}
      />
      <Case
        name="text-field"
        standIn={<TextField label="Branch name" value="feature/x" onChange={noop} />}
        real={<FieldText label="Branch name" value="feature/x" onChange={noop} />}
      />
      <Case
        name="text-field-error"
        standIn={
          <TextField
            label="Branch name"
            value="feature x"
            error="A branch name cannot contain a space."
            onChange={noop}
          />
        }
        real={
          <FieldText
            label="Branch name"
            value="feature x"
            validationMessage={{
              type: 'error',
              message: 'A branch name cannot contain a space.',
            }}
            onChange={noop}
          />
        }
      />
      <Case
        name="text-field-focus"
        act="focus"
        shot="input"
        standIn={<TextField label="Filter" value="" onChange={noop} />}
        real={<FieldText label="Filter" value="" onChange={noop} />}
      />
      <Case
        name="text-field-disabled"
        standIn={<TextField label="Branch name" value="feature/x" disabled onChange={noop} />}
        real={<FieldText label="Branch name" value="feature/x" disabled onChange={noop} />}
      />
      <Case
        name="inline-field-checkbox"
        standIn={
          <InlineField label="orders.count" description="Count of orders">
            <Checkbox checked onChange={noop} />
          </InlineField>
        }
        real={
          <FieldCheckbox
            label="orders.count"
            description="Count of orders"
            checked
            onChange={noop}
          />
        }
      />
      <Case
        name="inline-field-toggle"
        standIn={
          <InlineField label="Changed rows only">
            <ToggleSwitch on={false} onChange={noop} mr="u1" />
          </InlineField>
        }
        real={<FieldToggleSwitch label="Changed rows only" on={false} onChange={noop} />}
      />
      <Case
        name="reason-button"
        shot="button"
        standIn={
          <ReasonButton reason={null} onClick={noop}>
            Pull from remote
          </ReasonButton>
        }
        real={<Button size="small">Pull from remote</Button>}
      />
      <Case
        name="reason-button-critical"
        shot="button"
        standIn={
          <ReasonButton reason={null} critical onClick={noop}>
            Delete feature/x
          </ReasonButton>
        }
        real={
          <ButtonOutline size="small" color="critical">
            Delete feature/x
          </ButtonOutline>
        }
      />
      <Case
        name="reason-button-unavailable"
        shot="button"
        standIn={
          <ReasonButton reason={REASON} onClick={noop}>
            Pull from remote
          </ReasonButton>
        }
        real={
          <Button size="small" disabled>
            Pull from remote
          </Button>
        }
      />
      <Case
        name="reason-tooltip"
        shot="[role='tooltip']"
        act="hover"
        standIn={
          <ReasonButton reason={REASON} onClick={noop}>
            Pull from remote
          </ReasonButton>
        }
        real={
          <Tooltip content={REASON} placement="top">
            <Button size="small">Pull from remote</Button>
          </Tooltip>
        }
      />
      <Case
        name="row-button"
        shot="button"
        standIn={<RowButton type="button">feature/checkout</RowButton>}
        real={<ButtonTransparent size="small">feature/checkout</ButtonTransparent>}
      />
      <Case
        name="row-button-hover"
        shot="button"
        act="hover"
        standIn={<RowButton type="button">feature/checkout</RowButton>}
        real={<ButtonTransparent size="small">feature/checkout</ButtonTransparent>}
      />
      <Case
        name="windowed-table"
        standIn={
          <div role="table" aria-label="Branches">
            <HeaderRow role="row">
              <div role="columnheader">Branch</div>
              <div role="columnheader">Remote</div>
              <div role="columnheader">Owner</div>
            </HeaderRow>
            {['master', 'feature/checkout'].map((name) => (
              <BodyRow role="row" key={name} style={ROW}>
                <div role="cell">{name}</div>
                <div role="cell">up to date</div>
                <div role="cell">Ada</div>
              </BodyRow>
            ))}
          </div>
        }
        real={
          <Table style={{ tableLayout: 'fixed', width: 400 }}>
            <colgroup>
              <col width="200" />
              <col width="100" />
              <col width="100" />
            </colgroup>
            <TableHead>
              <TableRow>
                <TableHeaderCell p="xsmall">Branch</TableHeaderCell>
                <TableHeaderCell p="xsmall">Remote</TableHeaderCell>
                <TableHeaderCell p="xsmall">Owner</TableHeaderCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {['master', 'feature/checkout'].map((name) => (
                <TableRow key={name} style={ROW}>
                  <TableDataCell fontSize="small" px="xsmall" py="none">
                    {name}
                  </TableDataCell>
                  <TableDataCell fontSize="small" px="xsmall" py="none">
                    up to date
                  </TableDataCell>
                  <TableDataCell fontSize="small" px="xsmall" py="none">
                    Ada
                  </TableDataCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        }
      />
    </>
  )
}

const DIALOG_TEXT = 'The branch exists only in this project; its commits go with it.'

/** The confirmation dialog alone, as the stand-in or as components' Dialog. */
function DialogCase({ side }: { side: 'standin' | 'real' }) {
  if (side === 'standin')
    return (
      <ConfirmDialog
        title="Delete branch feature/x?"
        confirmLabel="Delete feature/x"
        onCancel={noop}
        onConfirm={noop}
      >
        <Paragraph>{DIALOG_TEXT}</Paragraph>
      </ConfirmDialog>
    )
  return (
    <Dialog isOpen onClose={noop}>
      <DialogLayout
        header="Delete branch feature/x?"
        headerCloseButton={false}
        footer={
          <>
            <ButtonOutline size="small" color="critical">
              Delete feature/x
            </ButtonOutline>
            <ButtonTransparent>Cancel</ButtonTransparent>
          </>
        }
      >
        <Paragraph>{DIALOG_TEXT}</Paragraph>
      </DialogLayout>
    </Dialog>
  )
}

const query = new URLSearchParams(window.location.search)
const dialog = query.get('dialog') as 'standin' | 'real' | null

ReactDOM.render(
  <ComponentsProvider>{dialog ? <DialogCase side={dialog} /> : <Gallery />}</ComponentsProvider>,
  document.getElementById('root')
)
