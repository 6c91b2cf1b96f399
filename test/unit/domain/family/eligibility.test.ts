import family from '@/data/family.json'
import { checkEligibility, type Availability, type EligibilityInput, type Purpose, type SharingRules } from '@/domain/family/eligibility'
import type { Confidence, MemberScheme, Relation } from '@/domain/vocab'

/*
 * The full rule table, written out by hand. One row per payer × relation × beneficiary scheme; one cell per
 * purpose, in PURPOSES order. Each cell has 12 verdicts (Y yes, N no, C confirm): the first six with the
 * beneficiary in the payer's province, the last six in another province. Within each six, the availability of
 * that kind of 共济 is: T true, t true, F false, f false, U unknown, u unknown, where an upper-case letter means
 * the availability has an official-quoted source and a lower-case one a third-party source.
 * Payers: E+ 职工医保 with a personal account, E- 职工医保 without one, R± 居民医保, N± not insured
 * (± = hasPersonalAccount true/false).
 */
const TABLE = `
  E+ spouse        employee | YCNCCC YCNCCC | YCNCCC YCNCCC | NNNNNN NNNNNN | CCNCCC CCNCCC | NNNNNN NNNNNN | NNNNNN NNNNNN
  E+ spouse        resident | YCNCCC YCNCCC | YCNCCC YCNCCC | YCNCCC YCNCCC | CCNCCC CCNCCC | NNNNNN NNNNNN | NNNNNN NNNNNN
  E+ spouse        none     | NNNNNN NNNNNN | NNNNNN NNNNNN | YCNCCC YCNCCC | CCNCCC CCNCCC | NNNNNN NNNNNN | NNNNNN NNNNNN
  E+ father        employee | YCNCCC YCNCCC | YCNCCC YCNCCC | NNNNNN NNNNNN | CCNCCC CCNCCC | NNNNNN NNNNNN | NNNNNN NNNNNN
  E+ father        resident | YCNCCC YCNCCC | YCNCCC YCNCCC | YCNCCC YCNCCC | CCNCCC CCNCCC | NNNNNN NNNNNN | NNNNNN NNNNNN
  E+ father        none     | NNNNNN NNNNNN | NNNNNN NNNNNN | YCNCCC YCNCCC | CCNCCC CCNCCC | NNNNNN NNNNNN | NNNNNN NNNNNN
  E+ mother        employee | YCNCCC YCNCCC | YCNCCC YCNCCC | NNNNNN NNNNNN | CCNCCC CCNCCC | NNNNNN NNNNNN | NNNNNN NNNNNN
  E+ mother        resident | YCNCCC YCNCCC | YCNCCC YCNCCC | YCNCCC YCNCCC | CCNCCC CCNCCC | NNNNNN NNNNNN | NNNNNN NNNNNN
  E+ mother        none     | NNNNNN NNNNNN | NNNNNN NNNNNN | YCNCCC YCNCCC | CCNCCC CCNCCC | NNNNNN NNNNNN | NNNNNN NNNNNN
  E+ child         employee | YCNCCC YCNCCC | YCNCCC YCNCCC | NNNNNN NNNNNN | CCNCCC CCNCCC | NNNNNN NNNNNN | NNNNNN NNNNNN
  E+ child         resident | YCNCCC YCNCCC | YCNCCC YCNCCC | YCNCCC YCNCCC | CCNCCC CCNCCC | NNNNNN NNNNNN | NNNNNN NNNNNN
  E+ child         none     | NNNNNN NNNNNN | NNNNNN NNNNNN | YCNCCC YCNCCC | CCNCCC CCNCCC | NNNNNN NNNNNN | NNNNNN NNNNNN
  E+ sibling       employee | CCNCCC CCNCCC | CCNCCC CCNCCC | NNNNNN NNNNNN | CCNCCC CCNCCC | NNNNNN NNNNNN | NNNNNN NNNNNN
  E+ sibling       resident | CCNCCC CCNCCC | CCNCCC CCNCCC | CCNCCC CCNCCC | CCNCCC CCNCCC | NNNNNN NNNNNN | NNNNNN NNNNNN
  E+ sibling       none     | NNNNNN NNNNNN | NNNNNN NNNNNN | CCNCCC CCNCCC | CCNCCC CCNCCC | NNNNNN NNNNNN | NNNNNN NNNNNN
  E+ grandparent   employee | CCNCCC CCNCCC | CCNCCC CCNCCC | NNNNNN NNNNNN | CCNCCC CCNCCC | NNNNNN NNNNNN | NNNNNN NNNNNN
  E+ grandparent   resident | CCNCCC CCNCCC | CCNCCC CCNCCC | CCNCCC CCNCCC | CCNCCC CCNCCC | NNNNNN NNNNNN | NNNNNN NNNNNN
  E+ grandparent   none     | NNNNNN NNNNNN | NNNNNN NNNNNN | CCNCCC CCNCCC | CCNCCC CCNCCC | NNNNNN NNNNNN | NNNNNN NNNNNN
  E+ grandchild    employee | CCNCCC CCNCCC | CCNCCC CCNCCC | NNNNNN NNNNNN | CCNCCC CCNCCC | NNNNNN NNNNNN | NNNNNN NNNNNN
  E+ grandchild    resident | CCNCCC CCNCCC | CCNCCC CCNCCC | CCNCCC CCNCCC | CCNCCC CCNCCC | NNNNNN NNNNNN | NNNNNN NNNNNN
  E+ grandchild    none     | NNNNNN NNNNNN | NNNNNN NNNNNN | CCNCCC CCNCCC | CCNCCC CCNCCC | NNNNNN NNNNNN | NNNNNN NNNNNN
  E+ parent-in-law employee | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN
  E+ parent-in-law resident | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN
  E+ parent-in-law none     | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN
  E+ other         employee | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN
  E+ other         resident | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN
  E+ other         none     | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN
  E- spouse        employee | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN
  E- spouse        resident | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN
  E- spouse        none     | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN
  E- father        employee | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN
  E- father        resident | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN
  E- father        none     | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN
  E- mother        employee | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN
  E- mother        resident | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN
  E- mother        none     | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN
  E- child         employee | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN
  E- child         resident | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN
  E- child         none     | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN
  E- sibling       employee | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN
  E- sibling       resident | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN
  E- sibling       none     | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN
  E- grandparent   employee | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN
  E- grandparent   resident | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN
  E- grandparent   none     | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN
  E- grandchild    employee | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN
  E- grandchild    resident | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN
  E- grandchild    none     | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN
  E- parent-in-law employee | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN
  E- parent-in-law resident | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN
  E- parent-in-law none     | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN
  E- other         employee | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN
  E- other         resident | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN
  E- other         none     | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN
  R+ spouse        employee | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN
  R+ spouse        resident | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN
  R+ spouse        none     | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN
  R+ father        employee | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN
  R+ father        resident | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN
  R+ father        none     | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN
  R+ mother        employee | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN
  R+ mother        resident | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN
  R+ mother        none     | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN
  R+ child         employee | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN
  R+ child         resident | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN
  R+ child         none     | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN
  R+ sibling       employee | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN
  R+ sibling       resident | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN
  R+ sibling       none     | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN
  R+ grandparent   employee | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN
  R+ grandparent   resident | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN
  R+ grandparent   none     | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN
  R+ grandchild    employee | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN
  R+ grandchild    resident | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN
  R+ grandchild    none     | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN
  R+ parent-in-law employee | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN
  R+ parent-in-law resident | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN
  R+ parent-in-law none     | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN
  R+ other         employee | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN
  R+ other         resident | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN
  R+ other         none     | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN
  R- spouse        employee | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN
  R- spouse        resident | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN
  R- spouse        none     | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN
  R- father        employee | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN
  R- father        resident | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN
  R- father        none     | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN
  R- mother        employee | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN
  R- mother        resident | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN
  R- mother        none     | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN
  R- child         employee | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN
  R- child         resident | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN
  R- child         none     | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN
  R- sibling       employee | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN
  R- sibling       resident | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN
  R- sibling       none     | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN
  R- grandparent   employee | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN
  R- grandparent   resident | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN
  R- grandparent   none     | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN
  R- grandchild    employee | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN
  R- grandchild    resident | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN
  R- grandchild    none     | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN
  R- parent-in-law employee | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN
  R- parent-in-law resident | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN
  R- parent-in-law none     | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN
  R- other         employee | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN
  R- other         resident | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN
  R- other         none     | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN
  N+ spouse        employee | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN
  N+ spouse        resident | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN
  N+ spouse        none     | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN
  N+ father        employee | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN
  N+ father        resident | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN
  N+ father        none     | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN
  N+ mother        employee | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN
  N+ mother        resident | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN
  N+ mother        none     | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN
  N+ child         employee | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN
  N+ child         resident | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN
  N+ child         none     | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN
  N+ sibling       employee | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN
  N+ sibling       resident | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN
  N+ sibling       none     | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN
  N+ grandparent   employee | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN
  N+ grandparent   resident | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN
  N+ grandparent   none     | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN
  N+ grandchild    employee | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN
  N+ grandchild    resident | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN
  N+ grandchild    none     | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN
  N+ parent-in-law employee | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN
  N+ parent-in-law resident | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN
  N+ parent-in-law none     | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN
  N+ other         employee | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN
  N+ other         resident | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN
  N+ other         none     | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN
  N- spouse        employee | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN
  N- spouse        resident | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN
  N- spouse        none     | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN
  N- father        employee | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN
  N- father        resident | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN
  N- father        none     | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN
  N- mother        employee | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN
  N- mother        resident | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN
  N- mother        none     | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN
  N- child         employee | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN
  N- child         resident | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN
  N- child         none     | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN
  N- sibling       employee | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN
  N- sibling       resident | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN
  N- sibling       none     | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN
  N- grandparent   employee | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN
  N- grandparent   resident | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN
  N- grandparent   none     | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN
  N- grandchild    employee | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN
  N- grandchild    resident | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN
  N- grandchild    none     | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN
  N- parent-in-law employee | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN
  N- parent-in-law resident | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN
  N- parent-in-law none     | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN
  N- other         employee | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN
  N- other         resident | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN
  N- other         none     | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN | NNNNNN NNNNNN
`

const PURPOSES: Purpose[] = ['medical-bill', 'pharmacy', 'resident-contribution', 'ltc-contribution', 'cash', 'non-medical']
const SLOTS: { available: Availability; confidence: Confidence }[] = [
  { available: true, confidence: 'official-quoted' },
  { available: true, confidence: 'third-party' },
  { available: false, confidence: 'official-quoted' },
  { available: false, confidence: 'third-party' },
  { available: 'unknown', confidence: 'official-quoted' },
  { available: 'unknown', confidence: 'third-party' },
]
const PAYERS: Record<string, { scheme: MemberScheme; hasPersonalAccount: boolean }> = {
  'E+': { scheme: 'employee', hasPersonalAccount: true },
  'E-': { scheme: 'employee', hasPersonalAccount: false },
  'R+': { scheme: 'resident', hasPersonalAccount: true },
  'R-': { scheme: 'resident', hasPersonalAccount: false },
  'N+': { scheme: 'none', hasPersonalAccount: true },
  'N-': { scheme: 'none', hasPersonalAccount: false },
}
const LETTER = { yes: 'Y', no: 'N', confirm: 'C' } as const
const PREFIX = { yes: '可以：', no: '不可以：', confirm: '需要确认：' } as const
const KNOWN_IDS = new Set(family.sections.flatMap((s) => s.items.map((i) => i.id)))
const CJK = /[\u4e00-\u9fff]/

/** The field not under test gets a value that would change the verdict if it were read by mistake. */
const decoy = (a: Availability): Availability => (a === true ? false : true)

function rulesFor(sameProvince: boolean, slot: (typeof SLOTS)[number]): SharingRules {
  const other = decoy(slot.available)
  return {
    inProvince: sameProvince ? slot.available : other,
    crossProvince: sameProvince ? other : slot.available,
    provenance: { confidence: slot.confidence },
  }
}

function inputFor(payer: string, relation: Relation, scheme: MemberScheme, purpose: Purpose, sameProvince: boolean): EligibilityInput {
  return {
    payer: { regionId: 'r-nanjing', provinceId: 'p-jiangsu', ...PAYERS[payer] },
    beneficiary: { relation, scheme, regionId: sameProvince ? 'r-suzhou' : 'r-nanchang', provinceId: sameProvince ? 'p-jiangsu' : 'p-jiangxi' },
    purpose,
  }
}

const rows = TABLE.trim().split('\n').map((line) => {
  const [head, ...cells] = line.split('|').map((part) => part.trim())
  const [payer, relation, scheme] = head.split(/\s+/) as [string, Relation, MemberScheme]
  return { payer, relation, scheme, cells: cells.map((c) => c.replace(/\s/g, '')) }
})

function run(payer: string, relation: Relation, scheme: MemberScheme, purpose: Purpose, index: number) {
  const sameProvince = index < 6
  return checkEligibility(inputFor(payer, relation, scheme, purpose, sameProvince), rulesFor(sameProvince, SLOTS[index % 6]))
}

describe('checkEligibility rule table', () => {
  test('the table covers every payer × relation × beneficiary scheme once, with 6 cells of 12 verdicts', () => {
    expect(rows).toHaveLength(6 * 9 * 3)
    expect(new Set(rows.map((r) => `${r.payer} ${r.relation} ${r.scheme}`)).size).toBe(rows.length)
    for (const r of rows) expect(r.cells.map((c) => c.length)).toEqual([12, 12, 12, 12, 12, 12])
  })

  test.each(rows)('$payer $relation $scheme', ({ payer, relation, scheme, cells }) => {
    const actual = PURPOSES.map((purpose) =>
      Array.from({ length: 12 }, (_, i) => LETTER[run(payer, relation, scheme, purpose, i).verdict]).join(''),
    )
    expect(actual).toEqual(cells)
  })

  test('every answer is one Chinese sentence matching its verdict, cites known items and the binding guide', () => {
    const problems: string[] = []
    for (const { payer, relation, scheme } of rows) {
      for (const purpose of PURPOSES) {
        for (let i = 0; i < 12; i++) {
          const { verdict, reason, ruleIds, guideId } = run(payer, relation, scheme, purpose, i)
          const sentence = CJK.test(reason) && reason.startsWith(PREFIX[verdict]) && reason.endsWith('。') && reason.split('。').length === 2
          const cited = ruleIds.length > 0 && ruleIds.every((id) => KNOWN_IDS.has(id))
          if (!sentence || !cited || guideId !== 'family-binding') problems.push(`${payer} ${relation} ${scheme} ${purpose} #${i}: ${reason} ${ruleIds}`)
        }
      }
    }
    expect(problems).toEqual([])
  })
})

describe('checkEligibility details', () => {
  const verified: SharingRules = { inProvince: true, crossProvince: true, provenance: { confidence: 'official' } }

  test('a yes cites the payer, relation, use and scope items', () => {
    const result = checkEligibility(inputFor('E+', 'spouse', 'resident', 'medical-bill', true), verified)
    expect(result.verdict).toBe('yes')
    expect(result.reason).toBe('可以：参保地已开通省内共济，你的职工医保个人账户可以支付配偶在定点医疗机构看病时个人负担的费用。')
    expect([...result.ruleIds].sort()).toEqual(['pay-medical', 'payer-employee-account', 'scope-in-province', 'who-2021', 'who-2024'])
  })

  test('paying a child resident contribution across provinces says 跨省 and cites the contribution item', () => {
    const result = checkEligibility(inputFor('E+', 'child', 'none', 'resident-contribution', false), verified)
    expect(result.verdict).toBe('yes')
    expect(result.reason).toContain('跨省共济')
    expect(result.reason).toContain('代缴子女的城乡居民医保个人缴费')
    expect(result.ruleIds).toEqual(expect.arrayContaining(['pay-contribution', 'scope-cross-province']))
  })

  test.each<[Confidence, 'yes' | 'confirm']>([
    ['official', 'yes'],
    ['official-quoted', 'yes'],
    ['third-party', 'confirm'],
    ['recalled', 'confirm'],
    ['unconfirmed', 'confirm'],
  ])('availability sourced %s gives at most %s', (confidence, verdict) => {
    const rules: SharingRules = { inProvince: true, crossProvince: true, provenance: { confidence } }
    const result = checkEligibility(inputFor('E+', 'mother', 'employee', 'pharmacy', false), rules)
    expect(result.verdict).toBe(verdict)
    if (verdict === 'confirm') expect(result.reason).toContain('未经官方文件核实')
  })

  test('the province, not the region, decides between 省内 and 跨省', () => {
    const rules: SharingRules = { inProvince: true, crossProvince: false, provenance: { confidence: 'official' } }
    const sameRegion = inputFor('E+', 'father', 'employee', 'medical-bill', true)
    sameRegion.beneficiary.regionId = sameRegion.payer.regionId
    expect(checkEligibility(sameRegion, rules).verdict).toBe('yes')
    const result = checkEligibility(inputFor('E+', 'father', 'employee', 'medical-bill', false), rules)
    expect(result).toMatchObject({ verdict: 'no', reason: '不可以：参保地还没有开通跨省共济。' })
  })

  test('two doubts are both named in one sentence and both cited', () => {
    const rules: SharingRules = { inProvince: true, crossProvince: true, provenance: { confidence: 'third-party' } }
    const result = checkEligibility(inputFor('E+', 'sibling', 'resident', 'medical-bill', false), rules)
    expect(result.verdict).toBe('confirm')
    expect(result.reason).toContain('兄弟姐妹')
    expect(result.reason).toContain('已开通跨省共济，但这一信息未经官方文件核实')
    expect(result.reason.split('；')).toHaveLength(2)
    expect(result.ruleIds).toEqual(expect.arrayContaining(['who-close-relatives', 'scope-cross-province', 'scope-check-local']))
  })

  test('unknown availability asks to confirm even with an official source', () => {
    const rules: SharingRules = { inProvince: 'unknown', crossProvince: true, provenance: { confidence: 'official' } }
    const result = checkEligibility(inputFor('E+', 'spouse', 'employee', 'medical-bill', true), rules)
    expect(result).toMatchObject({ verdict: 'confirm', reason: '需要确认：暂无资料说明参保地是否已开通省内共济，需向参保地医保部门确认。' })
  })

  test.each<[string, Relation, MemberScheme, Purpose, string, string]>([
    ['R+', 'spouse', 'resident', 'medical-bill', '居民医保没有个人账户', 'payer-employee-account'],
    ['N-', 'spouse', 'resident', 'medical-bill', '没有参加职工医保', 'payer-employee-account'],
    ['E-', 'spouse', 'resident', 'medical-bill', '没有个人账户', 'payer-employee-account'],
    ['E+', 'spouse', 'resident', 'cash', '现金', 'no-cash'],
    ['E+', 'spouse', 'resident', 'non-medical', '保健品', 'no-non-medical'],
    ['E+', 'parent-in-law', 'resident', 'medical-bill', '配偶的父母', 'who-not-in-law'],
    ['E+', 'other', 'resident', 'medical-bill', '只限近亲属', 'who-not-in-law'],
    ['E+', 'spouse', 'none', 'pharmacy', '已参保', 'no-uninsured'],
    ['E+', 'spouse', 'employee', 'resident-contribution', '已参加职工医保', 'no-employee-contribution'],
  ])('%s %s %s %s: no, because of %s', (payer, relation, scheme, purpose, phrase, ruleId) => {
    const result = checkEligibility(inputFor(payer, relation, scheme, purpose, true), verified)
    expect(result.verdict).toBe('no')
    expect(result.reason).toContain(phrase)
    expect(result.ruleIds).toEqual([ruleId])
  })

  test('long-term care contributions always need confirming, with the local-rules item', () => {
    const result = checkEligibility(inputFor('E+', 'spouse', 'employee', 'ltc-contribution', true), verified)
    expect(result.verdict).toBe('confirm')
    expect(result.reason).toContain('长期护理保险')
    expect(result.ruleIds).toContain('pay-ltc-local')
  })
})
