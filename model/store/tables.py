"""The schema's Core tables under short names, for the statement builders (model.*_sql modules)."""

from __future__ import annotations

from model.store import schema

R = schema.table(schema.Record)
F = schema.table(schema.Forum)
M = schema.table(schema.Meeting)
P = schema.table(schema.Process)
RD = schema.table(schema.Round)
OC = schema.table(schema.Outcome)
C = schema.table(schema.Country)
T = schema.table(schema.Topic)
S = schema.table(schema.Source)
CI = schema.table(schema.Citation)
D = schema.table(schema.Dataset)
FIG = schema.table(schema.Figure)
MEM = schema.table(schema.Membership)
PA = schema.table(schema.Participant)
AI = schema.table(schema.AgendaItem)
AT = schema.table(schema.AgendaTopic)
OL = schema.table(schema.OutcomeLink)
