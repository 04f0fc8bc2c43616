"""The schema's Core tables, one name each, for the statement builders (``*_sql`` modules).

Named as the table they are (``MEETING`` is the ``meeting`` table), in capitals as the module-level
constants they are, so a builder reads as the SQL it makes.
"""

from __future__ import annotations

from model.store import schema

RECORD = schema.table(schema.Record)
FORUM = schema.table(schema.Forum)
MEETING = schema.table(schema.Meeting)
PROCESS = schema.table(schema.Process)
ROUND = schema.table(schema.Round)
OUTCOME = schema.table(schema.Outcome)
COUNTRY = schema.table(schema.Country)
TOPIC = schema.table(schema.Topic)
SOURCE = schema.table(schema.Source)
CITATION = schema.table(schema.Citation)
DATASET = schema.table(schema.Dataset)
NOTE = schema.table(schema.Note)
FIGURE = schema.table(schema.Figure)
MEMBERSHIP = schema.table(schema.Membership)
PARTICIPANT = schema.table(schema.Participant)
AGENDA_ITEM = schema.table(schema.AgendaItem)
AGENDA_TOPIC = schema.table(schema.AgendaTopic)
OUTCOME_LINK = schema.table(schema.OutcomeLink)
RECORD_NAME = schema.table(schema.RecordName)
REVISION = schema.table(schema.Revision)
