"""SQLite text of every declared read statement (see model.store.sqlrun). Generated: do not edit.

Regenerate with ``python -m model.store.freeze_sql`` after changing a statement.
"""

from __future__ import annotations

from typing import Any

SQLITE: dict[str, tuple[str, tuple[str, ...], dict[str, Any]]] = {'dataset.version': ('SELECT dataset.version \nFROM dataset \nWHERE dataset.id = ?', ('id',), {}),
 'details.citation': ('SELECT citation.pk, citation.path, citation.source_id, source.title, source.date, '
                      'citation.quote, citation.start, citation."end", citation.paragraph, citation.basis, '
                      'citation.note \n'
                      'FROM citation LEFT OUTER JOIN source ON source.id = citation.source_id \n'
                      'WHERE citation.pk = ?',
                      ('pk',),
                      {}),
 'details.cites': ('SELECT citation.pk, citation.path, citation.source_id, source.title, source.date, citation.quote, '
                   'citation.start, citation."end", citation.paragraph, citation.basis, citation.note \n'
                   'FROM citation LEFT OUTER JOIN source ON source.id = citation.source_id \n'
                   'WHERE citation.record_id = ? ORDER BY citation.pk',
                   ('rid',),
                   {}),
 'details.country': ('SELECT country.code, country.alpha3, country.aliases \nFROM country \nWHERE country.id = ?',
                     ('rid',),
                     {}),
 'details.country_hosted': ('SELECT meeting.id, meeting.title, meeting.date, meeting.status \n'
                            'FROM meeting \n'
                            'WHERE meeting.country_id = ? ORDER BY meeting.date_lower DESC NULLS LAST, meeting.id\n'
                            ' LIMIT ? OFFSET ?',
                            ('rid', 'param_1', 'param_2'),
                            {'param_1': 50, 'param_2': 0}),
 'details.country_hosted_count': ('SELECT count(*) AS count_1 \nFROM meeting \nWHERE meeting.country_id = ?',
                                  ('rid',),
                                  {}),
 'details.country_memberships': ('SELECT membership.position, membership.country_id, membership.forum_id, '
                                 'membership.joined_at, membership.role, membership.since, membership.until \n'
                                 'FROM membership \n'
                                 'WHERE membership.country_id = ? ORDER BY membership.forum_id, membership.position',
                                 ('rid',),
                                 {}),
 'details.forum': ('SELECT forum.name, forum.abbreviation, forum.aliases, forum.kind, forum.founded, '
                   'forum.description, forum.participant_count, forum.parent_id, cr.type, cr.title, cr.date \n'
                   'FROM forum LEFT OUTER JOIN record AS cr ON cr.id = forum.parent_id \n'
                   'WHERE forum.id = ?',
                   ('rid',),
                   {}),
 'details.forum_chain': ('WITH RECURSIVE up(id, parent_id, depth) AS \n'
                         '(SELECT forum.id AS id, forum.parent_id AS parent_id, ? AS depth \n'
                         'FROM forum \n'
                         'WHERE forum.id = ? UNION ALL SELECT parent.id AS id, parent.parent_id AS parent_id, up.depth '
                         '+ ? AS anon_1 \n'
                         'FROM forum AS parent, up \n'
                         'WHERE parent.id = up.parent_id AND up.depth < ?)\n'
                         ' SELECT up.id, cr.type, cr.title, cr.date \n'
                         'FROM up LEFT OUTER JOIN record AS cr ON cr.id = up.id ORDER BY up.depth',
                         ('param_1', 'forum', 'depth_1', 'depth_2'),
                         {'depth_1': 1, 'depth_2': 31, 'param_1': 0}),
 'details.forum_figures': ('SELECT figure.position, figure.label, figure.value, figure.as_of \n'
                           'FROM figure \n'
                           'WHERE figure.forum_id = ? ORDER BY figure.position',
                           ('rid',),
                           {}),
 'details.forum_meeting_count': ('SELECT count(*) AS count_1 \nFROM meeting \nWHERE meeting.forum_id = ?',
                                 ('rid',),
                                 {}),
 'details.forum_meetings': ('SELECT meeting.id, meeting.title, meeting.date, meeting.status \n'
                            'FROM meeting \n'
                            'WHERE meeting.forum_id = ? ORDER BY meeting.date_lower DESC NULLS LAST, meeting.id\n'
                            ' LIMIT ? OFFSET ?',
                            ('rid', 'param_1', 'param_2'),
                            {'param_1': 50, 'param_2': 0}),
 'details.forum_members': ('SELECT membership.position, membership.country_id, membership.forum_id, '
                           'membership.joined_at, membership.role, membership.since, membership.until \n'
                           'FROM membership \n'
                           'WHERE membership.forum_id = ? ORDER BY membership.forum_id, membership.position',
                           ('rid',),
                           {}),
 'details.forum_processes': ('SELECT process.id, process.title \n'
                             'FROM process \n'
                             'WHERE process.forum_id = ? ORDER BY process.title',
                             ('rid',),
                             {}),
 'details.forum_subforums': ('SELECT forum.id, forum.name \nFROM forum \nWHERE forum.parent_id = ? ORDER BY forum.name',
                             ('rid',),
                             {}),
 'details.meeting_agenda': ('SELECT agenda_item.pk, agenda_item.position, agenda_item.title, agenda_item.description, '
                            'agenda_topic.topic_id, cr.type, cr.title AS title_1, cr.date \n'
                            'FROM agenda_item LEFT OUTER JOIN agenda_topic ON agenda_topic.agenda_item_pk = '
                            'agenda_item.pk LEFT OUTER JOIN record AS cr ON cr.id = agenda_topic.topic_id \n'
                            'WHERE agenda_item.meeting_id = ? ORDER BY agenda_item.position, agenda_topic.position',
                            ('rid',),
                            {}),
 'details.meeting_neighbours': ('SELECT anon_1.side, anon_1.id, anon_1.title, anon_1.date, anon_1.status \n'
                                'FROM (SELECT ? AS side, meeting.id AS id, meeting.title AS title, meeting.date AS '
                                'date, meeting.status AS status \n'
                                'FROM meeting \n'
                                'WHERE meeting.forum_id = ? AND meeting.id != ? AND (? IS NULL OR meeting.level = ?) '
                                'AND meeting.date_lower < ? ORDER BY meeting.date_lower DESC\n'
                                ' LIMIT ? OFFSET ?) AS anon_1 UNION ALL SELECT anon_2.side, anon_2.id, anon_2.title, '
                                'anon_2.date, anon_2.status \n'
                                'FROM (SELECT ? AS side, meeting.id AS id, meeting.title AS title, meeting.date AS '
                                'date, meeting.status AS status \n'
                                'FROM meeting \n'
                                'WHERE meeting.forum_id = ? AND meeting.id != ? AND (? IS NULL OR meeting.level = ?) '
                                'AND meeting.date_lower > ? ORDER BY meeting.date_lower, meeting.id\n'
                                ' LIMIT ? OFFSET ?) AS anon_2',
                                ('param_1',
                                 'forum',
                                 'rid',
                                 'level',
                                 'level',
                                 'lower',
                                 'param_2',
                                 'param_3',
                                 'param_4',
                                 'forum',
                                 'rid',
                                 'level',
                                 'level',
                                 'lower',
                                 'param_5',
                                 'param_6'),
                                {'param_1': 0, 'param_2': 1, 'param_3': 0, 'param_4': 1, 'param_5': 1, 'param_6': 0}),
 'details.meeting_outcomes': ('SELECT outcome.id, outcome.title, outcome.status \n'
                              'FROM outcome \n'
                              'WHERE outcome.meeting_id = ? ORDER BY outcome.title',
                              ('rid',),
                              {}),
 'details.meeting_participants': ('SELECT participant.position, participant.country_id, cr.type, cr.title, cr.date, '
                                  'participant.organisation, participant.head, participant.head_title \n'
                                  'FROM participant LEFT OUTER JOIN record AS cr ON cr.id = participant.country_id \n'
                                  'WHERE participant.meeting_id = ? ORDER BY participant.position',
                                  ('rid',),
                                  {}),
 'details.meeting_processes': ('SELECT process.id, process.title, b.id AS id_1, b.number, b.city, b.date, b.status, '
                               'a.id AS id_2, a.number AS number_1, a.city AS city_1, a.date AS date_1, a.status AS '
                               'status_1 \n'
                               'FROM process LEFT OUTER JOIN round AS b ON b.id = (SELECT near.id \n'
                               'FROM round AS near \n'
                               'WHERE near.process_id = process.id AND near.date_upper < ? ORDER BY near.date_lower '
                               'DESC\n'
                               ' LIMIT ? OFFSET ?) LEFT OUTER JOIN round AS a ON a.id = (SELECT near.id \n'
                               'FROM round AS near \n'
                               'WHERE near.process_id = process.id AND near.date_lower > ? ORDER BY near.date_lower\n'
                               ' LIMIT ? OFFSET ?) \n'
                               'WHERE process.forum_id = ? ORDER BY process.title',
                               ('lower', 'param_1', 'param_2', 'upper', 'param_3', 'param_4', 'forum'),
                               {'param_1': 1, 'param_2': 0, 'param_3': 1, 'param_4': 0}),
 'details.outcome': ('SELECT outcome.kind, outcome.status, outcome.status_as_of, outcome.date, outcome.period, '
                     'outcome.description, outcome.meeting_id, cr.type, cr.title, cr.date AS date_1 \n'
                     'FROM outcome LEFT OUTER JOIN record AS cr ON cr.id = outcome.meeting_id \n'
                     'WHERE outcome.id = ?',
                     ('rid',),
                     {}),
 'details.outcome_backlinks': ('SELECT outcome_link.outcome_id, outcome_link.relation \n'
                               'FROM outcome_link \n'
                               'WHERE outcome_link.target_id = ? AND outcome_link.outcome_id != ?',
                               ('rid', 'rid'),
                               {}),
 'details.outcome_links': ('SELECT outcome_link.target_id, outcome_link.relation \n'
                           'FROM outcome_link \n'
                           'WHERE outcome_link.outcome_id = ? ORDER BY outcome_link.position',
                           ('rid',),
                           {}),
 'details.process': ('SELECT process.goal, process.description, process.forum_id, cr.type, cr.title, cr.date \n'
                     'FROM process LEFT OUTER JOIN record AS cr ON cr.id = process.forum_id \n'
                     'WHERE process.id = ?',
                     ('rid',),
                     {}),
 'details.process_rounds': ('SELECT round.id, round.number, round.city, round.date, round.status \n'
                            'FROM round \n'
                            'WHERE round.process_id = ? ORDER BY round.number',
                            ('rid',),
                            {}),
 'details.record': ('SELECT record.type, record.title, meeting.forum_id, meeting.ordinal, meeting.level, meeting.date, '
                    'meeting.date_lower, meeting.date_upper, meeting.city, meeting.country_id, cr.type AS type_1, '
                    'cr.title AS title_1, cr.date AS date_1, meeting.status, meeting.status_as_of, '
                    'meeting.description, meeting.sidelines \n'
                    'FROM record LEFT OUTER JOIN meeting ON meeting.id = record.id LEFT OUTER JOIN record AS cr ON '
                    'cr.id = meeting.country_id \n'
                    'WHERE record.id = ?',
                    ('rid',),
                    {}),
 'details.refs': ('SELECT record.id, record.type, record.title, record.date \n'
                  'FROM record \n'
                  'WHERE record.id IN (__[POSTCOMPILE_ids])',
                  ('ids',),
                  {}),
 'details.round': ('SELECT round.process_id, round.number, round.date, round.city, round.status, round.description, '
                   '(SELECT max(same.number) AS max_1 \n'
                   'FROM round AS same \n'
                   'WHERE same.process_id = round.process_id) AS anon_1, cr.type, cr.title, cr.date AS date_1, '
                   'round.country_id, cr2.type AS type_1, cr2.title AS title_1, cr2.date AS date_2 \n'
                   'FROM round LEFT OUTER JOIN record AS cr ON cr.id = round.process_id LEFT OUTER JOIN record AS cr2 '
                   'ON cr2.id = round.country_id \n'
                   'WHERE round.id = ?',
                   ('rid',),
                   {}),
 'details.round_next': ('SELECT round.id, round.number, round.city, round.date, round.status \n'
                        'FROM round \n'
                        'WHERE round.process_id = ? AND round.number > ? ORDER BY round.number\n'
                        ' LIMIT ? OFFSET ?',
                        ('process', 'number', 'param_1', 'param_2'),
                        {'param_1': 1, 'param_2': 0}),
 'details.round_previous': ('SELECT round.id, round.number, round.city, round.date, round.status \n'
                            'FROM round \n'
                            'WHERE round.process_id = ? AND round.number < ? ORDER BY round.number DESC\n'
                            ' LIMIT ? OFFSET ?',
                            ('process', 'number', 'param_1', 'param_2'),
                            {'param_1': 1, 'param_2': 0}),
 'details.source': ('SELECT source.publisher, source.date, source.languages, source.url, length(source.text) AS '
                    'length_1 \n'
                    'FROM source \n'
                    'WHERE source.id = ?',
                    ('rid',),
                    {}),
 'details.source_citing': ('SELECT DISTINCT citation.record_id \n'
                           'FROM citation \n'
                           'WHERE citation.source_id = ?\n'
                           ' LIMIT ? OFFSET ?',
                           ('rid', 'param_1', 'param_2'),
                           {'param_1': 50, 'param_2': 0}),
 'details.source_citing_count': ('SELECT count(*) AS count_1 \n'
                                 'FROM (SELECT DISTINCT citation.record_id AS record_id \n'
                                 'FROM citation \n'
                                 'WHERE citation.source_id = ?\n'
                                 ' LIMIT ? OFFSET ?) AS anon_1',
                                 ('rid', 'param_1', 'param_2'),
                                 {'param_1': 10001, 'param_2': 0}),
 'details.source_text': ('SELECT source.id, source.title, source.publisher, source.date, source.text \n'
                         'FROM source \n'
                         'WHERE source.id = ?',
                         ('rid',),
                         {}),
 'details.topic': ('SELECT topic.description \nFROM topic \nWHERE topic.id = ?', ('rid',), {}),
 'details.topic_meeting_count': ('SELECT count(*) AS count_1 \n'
                                 'FROM meeting \n'
                                 'WHERE meeting.id IN (SELECT agenda_item.meeting_id \n'
                                 'FROM agenda_item JOIN agenda_topic ON agenda_topic.agenda_item_pk = agenda_item.pk \n'
                                 'WHERE agenda_topic.topic_id = ?)',
                                 ('rid',),
                                 {}),
 'details.topic_meetings': ('SELECT meeting.id, meeting.title, meeting.date, meeting.status \n'
                            'FROM meeting \n'
                            'WHERE meeting.id IN (SELECT agenda_item.meeting_id \n'
                            'FROM agenda_item JOIN agenda_topic ON agenda_topic.agenda_item_pk = agenda_item.pk \n'
                            'WHERE agenda_topic.topic_id = ?) ORDER BY meeting.date_lower DESC NULLS LAST, meeting.id\n'
                            ' LIMIT ? OFFSET ?',
                            ('rid', 'param_1', 'param_2'),
                            {'param_1': 50, 'param_2': 0}),
 'record.counts': ('SELECT record.type, count(*) AS count_1 \nFROM record GROUP BY record.type', (), {}),
 'record.source_summaries': ('SELECT source.id, source.title, source.publisher, source.date \n'
                             'FROM source ORDER BY source.date ASC NULLS FIRST, source.id\n'
                             ' LIMIT ? OFFSET ?',
                             ('limit', 'param_1'),
                             {'param_1': 0}),
 'record.title': ('SELECT record.title \nFROM record \nWHERE record.id = ?', ('rid',), {}),
 'record.type': ('SELECT record.type \nFROM record \nWHERE record.id = ?', ('rid',), {}),
 'record.types_of': ('SELECT record.id, record.type \nFROM record \nWHERE record.id IN (__[POSTCOMPILE_ids])',
                     ('ids',),
                     {}),
 'timeline.date_extent': ('SELECT min(meeting.date_lower) AS min_1, max(meeting.date_upper) AS max_1 \n'
                          'FROM meeting \n'
                          'WHERE meeting.forum_id IN (__[POSTCOMPILE_forums]) AND meeting.date_lower IS NOT NULL',
                          ('forums',),
                          {}),
 'timeline.first_process': ('SELECT process.id \nFROM process ORDER BY process.title\n LIMIT ? OFFSET ?',
                            ('param_1', 'param_2'),
                            {'param_1': 1, 'param_2': 0}),
 'timeline.forums': ('SELECT forum.id, forum.name, forum.abbreviation \nFROM forum ORDER BY forum.name, forum.id',
                     (),
                     {}),
 'timeline.latest_source': ('SELECT max(source.date) AS max_1 \n'
                            'FROM source \n'
                            'WHERE source.id IN (SELECT citation.source_id \n'
                            'FROM citation \n'
                            'WHERE citation.record_id IN (__[POSTCOMPILE_ids]))',
                            ('ids',),
                            {}),
 'timeline.meeting_events': ('SELECT meeting.id, meeting.title, meeting.date, meeting.date_lower, meeting.date_upper, '
                             'meeting.status, meeting.forum_id \n'
                             'FROM meeting \n'
                             'WHERE meeting.forum_id IN (__[POSTCOMPILE_forums]) AND meeting.date_lower <= ? AND '
                             'meeting.date_upper >= ? ORDER BY meeting.date_lower, meeting.id\n'
                             ' LIMIT ? OFFSET ?',
                             ('forums', 'upper', 'lower', 'limit', 'param_1'),
                             {'param_1': 0}),
 'timeline.meeting_extents': ('SELECT meeting.forum_id, min(meeting.date_lower) AS min_1, max(meeting.date_upper) AS '
                              'max_1 \n'
                              'FROM meeting \n'
                              'WHERE meeting.forum_id IN (__[POSTCOMPILE_forums]) AND meeting.date_lower IS NOT NULL '
                              'GROUP BY meeting.forum_id',
                              ('forums',),
                              {}),
 'timeline.process_rounds': ('SELECT round.id, round.number, round.city, round.date, round.date_lower, '
                             'round.date_upper, round.status \n'
                             'FROM round \n'
                             'WHERE round.process_id = ? AND round.date_lower IS NOT NULL ORDER BY round.date_lower, '
                             'round.number',
                             ('rid',),
                             {}),
 'timeline.process_title': ('SELECT process.title \nFROM process \nWHERE process.id = ?', ('rid',), {}),
 'timeline.processes': ('SELECT process.id, process.title \nFROM process ORDER BY process.title, process.id', (), {}),
 'tree.among.@countries.0': ('SELECT country.id AS id, country.name AS a, country.code AS b, ? AS c, ? AS date, ? AS '
                             'status, ? AS kids, country.name AS k0, country.id AS k1 \n'
                             'FROM country \n'
                             'WHERE country.id IN (__[POSTCOMPILE_ids])',
                             ('param_1', 'param_1', 'param_1', 'param_2', 'ids'),
                             {'param_1': None, 'param_2': False}),
 'tree.among.@outcomes.0': ('SELECT outcome.id AS id, outcome.title AS a, ? AS b, ? AS c, record.date AS date, '
                            'outcome.status AS status, ? AS kids, coalesce(record.date_lower, ?) AS k0, outcome.title '
                            'AS k1, outcome.id AS k2 \n'
                            'FROM outcome JOIN record ON record.id = outcome.id \n'
                            'WHERE outcome.meeting_id IS NULL AND outcome.id IN (__[POSTCOMPILE_ids])',
                            ('param_1', 'param_1', 'param_2', 'coalesce_1', 'ids'),
                            {'coalesce_1': '', 'param_1': None, 'param_2': False}),
 'tree.among.@sources.0': ('SELECT source.id AS id, source.title AS a, ? AS b, ? AS c, source.date AS date, ? AS '
                           'status, ? AS kids, coalesce(source.date, ?) AS k0, source.title AS k1, source.id AS k2 \n'
                           'FROM source \n'
                           'WHERE source.id IN (__[POSTCOMPILE_ids])',
                           ('param_1', 'param_1', 'param_1', 'param_2', 'coalesce_1', 'ids'),
                           {'coalesce_1': '', 'param_1': None, 'param_2': False}),
 'tree.among.@topics.0': ('SELECT topic.id AS id, topic.label AS a, ? AS b, ? AS c, ? AS date, ? AS status, ? AS kids, '
                          'topic.label AS k0, topic.id AS k1 \n'
                          'FROM topic \n'
                          'WHERE topic.id IN (__[POSTCOMPILE_ids])',
                          ('param_1', 'param_1', 'param_1', 'param_1', 'param_2', 'ids'),
                          {'param_1': None, 'param_2': False}),
 'tree.among.forum.0': ('SELECT forum.id AS id, forum.name AS a, forum.abbreviation AS b, ? AS c, ? AS date, ? AS '
                        'status, (EXISTS (SELECT * \n'
                        'FROM forum AS sub \n'
                        'WHERE sub.parent_id = forum.id)) OR (EXISTS (SELECT * \n'
                        'FROM process \n'
                        'WHERE process.forum_id = forum.id)) OR (EXISTS (SELECT * \n'
                        'FROM meeting \n'
                        'WHERE meeting.forum_id = forum.id)) AS kids, forum.name AS k0, forum.id AS k1 \n'
                        'FROM forum \n'
                        'WHERE forum.parent_id = ? AND forum.id IN (__[POSTCOMPILE_ids])',
                        ('param_1', 'param_1', 'param_1', 'parent', 'ids'),
                        {'param_1': None}),
 'tree.among.forum.1': ('SELECT process.id AS id, process.title AS a, ? AS b, ? AS c, record.date AS date, ? AS '
                        'status, EXISTS (SELECT * \n'
                        'FROM round \n'
                        'WHERE round.process_id = process.id) AS kids, process.title AS k0, process.id AS k1 \n'
                        'FROM process JOIN record ON record.id = process.id \n'
                        'WHERE process.forum_id = ? AND process.id IN (__[POSTCOMPILE_ids])',
                        ('param_1', 'param_1', 'param_1', 'parent', 'ids'),
                        {'param_1': None}),
 'tree.among.forum.2': ('SELECT meeting.id AS id, meeting.title AS a, ? AS b, ? AS c, meeting.date AS date, '
                        'meeting.status AS status, EXISTS (SELECT * \n'
                        'FROM outcome \n'
                        'WHERE outcome.meeting_id = meeting.id) AS kids, meeting.date_lower AS k0, meeting.date_upper '
                        'AS k1, meeting.id AS k2 \n'
                        'FROM meeting \n'
                        'WHERE meeting.forum_id = ? AND meeting.date_lower IS NOT NULL AND meeting.id IN '
                        '(__[POSTCOMPILE_ids])',
                        ('param_1', 'param_1', 'parent', 'ids'),
                        {'param_1': None}),
 'tree.among.forum.3': ('SELECT meeting.id AS id, meeting.title AS a, ? AS b, ? AS c, meeting.date AS date, '
                        'meeting.status AS status, EXISTS (SELECT * \n'
                        'FROM outcome \n'
                        'WHERE outcome.meeting_id = meeting.id) AS kids, meeting.title AS k0, meeting.id AS k1 \n'
                        'FROM meeting \n'
                        'WHERE meeting.forum_id = ? AND meeting.date_lower IS NULL AND meeting.id IN '
                        '(__[POSTCOMPILE_ids])',
                        ('param_1', 'param_1', 'parent', 'ids'),
                        {'param_1': None}),
 'tree.among.meeting.0': ('SELECT outcome.id AS id, outcome.title AS a, ? AS b, ? AS c, record.date AS date, '
                          'outcome.status AS status, ? AS kids, outcome.title AS k0, outcome.id AS k1 \n'
                          'FROM outcome JOIN record ON record.id = outcome.id \n'
                          'WHERE outcome.meeting_id = ? AND outcome.id IN (__[POSTCOMPILE_ids])',
                          ('param_1', 'param_1', 'param_2', 'parent', 'ids'),
                          {'param_1': None, 'param_2': False}),
 'tree.among.process.0': ('SELECT round.id AS id, round.number AS a, round.city AS b, ? AS c, round.date AS date, '
                          'round.status AS status, ? AS kids, round.number AS k0, round.id AS k1 \n'
                          'FROM round \n'
                          'WHERE round.process_id = ? AND round.id IN (__[POSTCOMPILE_ids])',
                          ('param_1', 'param_2', 'parent', 'ids'),
                          {'param_1': None, 'param_2': False}),
 'tree.among.top.0': ('SELECT forum.id AS id, forum.name AS a, forum.abbreviation AS b, ? AS c, ? AS date, ? AS '
                      'status, (EXISTS (SELECT * \n'
                      'FROM forum AS sub \n'
                      'WHERE sub.parent_id = forum.id)) OR (EXISTS (SELECT * \n'
                      'FROM process \n'
                      'WHERE process.forum_id = forum.id)) OR (EXISTS (SELECT * \n'
                      'FROM meeting \n'
                      'WHERE meeting.forum_id = forum.id)) AS kids, forum.name AS k0, forum.id AS k1 \n'
                      'FROM forum \n'
                      'WHERE forum.parent_id IS NULL AND forum.id IN (__[POSTCOMPILE_ids])',
                      ('param_1', 'param_1', 'param_1', 'ids'),
                      {'param_1': None}),
 'tree.among.top.1': ('SELECT process.id AS id, process.title AS a, ? AS b, ? AS c, record.date AS date, ? AS status, '
                      'EXISTS (SELECT * \n'
                      'FROM round \n'
                      'WHERE round.process_id = process.id) AS kids, process.title AS k0, process.id AS k1 \n'
                      'FROM process JOIN record ON record.id = process.id \n'
                      'WHERE process.forum_id IS NULL AND process.id IN (__[POSTCOMPILE_ids])',
                      ('param_1', 'param_1', 'param_1', 'ids'),
                      {'param_1': None}),
 'tree.counts.@countries': ('SELECT (SELECT count(*) AS count_1 \nFROM country) AS anon_1', (), {}),
 'tree.counts.@outcomes': ('SELECT (SELECT count(*) AS count_1 \n'
                           'FROM outcome \n'
                           'WHERE outcome.meeting_id IS NULL) AS anon_1',
                           (),
                           {}),
 'tree.counts.@sources': ('SELECT (SELECT count(*) AS count_1 \nFROM source) AS anon_1', (), {}),
 'tree.counts.@topics': ('SELECT (SELECT count(*) AS count_1 \nFROM topic) AS anon_1', (), {}),
 'tree.counts.forum': ('SELECT (SELECT count(*) AS count_1 \n'
                       'FROM forum \n'
                       'WHERE forum.parent_id = ?) AS anon_1, (SELECT count(*) AS count_2 \n'
                       'FROM process \n'
                       'WHERE process.forum_id = ?) AS anon_2, (SELECT count(*) AS count_3 \n'
                       'FROM meeting \n'
                       'WHERE meeting.forum_id = ? AND meeting.date_lower IS NOT NULL) AS anon_3, (SELECT count(*) AS '
                       'count_4 \n'
                       'FROM meeting \n'
                       'WHERE meeting.forum_id = ? AND meeting.date_lower IS NULL) AS anon_4',
                       ('parent', 'parent', 'parent', 'parent'),
                       {}),
 'tree.counts.meeting': ('SELECT (SELECT count(*) AS count_1 \nFROM outcome \nWHERE outcome.meeting_id = ?) AS anon_1',
                         ('parent',),
                         {}),
 'tree.counts.process': ('SELECT (SELECT count(*) AS count_1 \nFROM round \nWHERE round.process_id = ?) AS anon_1',
                         ('parent',),
                         {}),
 'tree.counts.top': ('SELECT (SELECT count(*) AS count_1 \n'
                     'FROM forum \n'
                     'WHERE forum.parent_id IS NULL) AS anon_1, (SELECT count(*) AS count_2 \n'
                     'FROM process \n'
                     'WHERE process.forum_id IS NULL) AS anon_2',
                     (),
                     {}),
 'tree.groups': ('SELECT EXISTS (SELECT * \n'
                 'FROM outcome \n'
                 'WHERE outcome.meeting_id IS NULL) AS outcomes, EXISTS (SELECT * \n'
                 'FROM country \n'
                 'WHERE country.id IS NOT NULL) AS countries, EXISTS (SELECT * \n'
                 'FROM topic \n'
                 'WHERE topic.id IS NOT NULL) AS topics, EXISTS (SELECT * \n'
                 'FROM source \n'
                 'WHERE source.id IS NOT NULL) AS sources',
                 (),
                 {}),
 'tree.key.@countries.0': ('SELECT country.name AS k0, country.id AS k1 \nFROM country \nWHERE country.id = ?',
                           ('child',),
                           {}),
 'tree.key.@outcomes.0': ('SELECT coalesce(record.date_lower, ?) AS k0, outcome.title AS k1, outcome.id AS k2 \n'
                          'FROM outcome JOIN record ON record.id = outcome.id \n'
                          'WHERE outcome.meeting_id IS NULL AND outcome.id = ?',
                          ('coalesce_1', 'child'),
                          {'coalesce_1': ''}),
 'tree.key.@sources.0': ('SELECT coalesce(source.date, ?) AS k0, source.title AS k1, source.id AS k2 \n'
                         'FROM source \n'
                         'WHERE source.id = ?',
                         ('coalesce_1', 'child'),
                         {'coalesce_1': ''}),
 'tree.key.@topics.0': ('SELECT topic.label AS k0, topic.id AS k1 \nFROM topic \nWHERE topic.id = ?', ('child',), {}),
 'tree.key.forum.0': ('SELECT forum.name AS k0, forum.id AS k1 \n'
                      'FROM forum \n'
                      'WHERE forum.parent_id = ? AND forum.id = ?',
                      ('parent', 'child'),
                      {}),
 'tree.key.forum.1': ('SELECT process.title AS k0, process.id AS k1 \n'
                      'FROM process JOIN record ON record.id = process.id \n'
                      'WHERE process.forum_id = ? AND process.id = ?',
                      ('parent', 'child'),
                      {}),
 'tree.key.forum.2': ('SELECT meeting.date_lower AS k0, meeting.date_upper AS k1, meeting.id AS k2 \n'
                      'FROM meeting \n'
                      'WHERE meeting.forum_id = ? AND meeting.date_lower IS NOT NULL AND meeting.id = ?',
                      ('parent', 'child'),
                      {}),
 'tree.key.forum.3': ('SELECT meeting.title AS k0, meeting.id AS k1 \n'
                      'FROM meeting \n'
                      'WHERE meeting.forum_id = ? AND meeting.date_lower IS NULL AND meeting.id = ?',
                      ('parent', 'child'),
                      {}),
 'tree.key.meeting.0': ('SELECT outcome.title AS k0, outcome.id AS k1 \n'
                        'FROM outcome JOIN record ON record.id = outcome.id \n'
                        'WHERE outcome.meeting_id = ? AND outcome.id = ?',
                        ('parent', 'child'),
                        {}),
 'tree.key.process.0': ('SELECT round.number AS k0, round.id AS k1 \n'
                        'FROM round \n'
                        'WHERE round.process_id = ? AND round.id = ?',
                        ('parent', 'child'),
                        {}),
 'tree.key.top.0': ('SELECT forum.name AS k0, forum.id AS k1 \n'
                    'FROM forum \n'
                    'WHERE forum.parent_id IS NULL AND forum.id = ?',
                    ('child',),
                    {}),
 'tree.key.top.1': ('SELECT process.title AS k0, process.id AS k1 \n'
                    'FROM process JOIN record ON record.id = process.id \n'
                    'WHERE process.forum_id IS NULL AND process.id = ?',
                    ('child',),
                    {}),
 'tree.node.country': ('SELECT country.id AS id, country.name AS a, country.code AS b, ? AS c, ? AS date, ? AS status, '
                       '? AS kids \n'
                       'FROM country \n'
                       'WHERE country.id = ?',
                       ('param_1', 'param_1', 'param_1', 'param_2', 'rid'),
                       {'param_1': None, 'param_2': False}),
 'tree.node.forum': ('SELECT forum.id AS id, forum.name AS a, forum.abbreviation AS b, ? AS c, ? AS date, ? AS status, '
                     '(EXISTS (SELECT * \n'
                     'FROM forum AS sub \n'
                     'WHERE sub.parent_id = forum.id)) OR (EXISTS (SELECT * \n'
                     'FROM process \n'
                     'WHERE process.forum_id = forum.id)) OR (EXISTS (SELECT * \n'
                     'FROM meeting \n'
                     'WHERE meeting.forum_id = forum.id)) AS kids \n'
                     'FROM forum \n'
                     'WHERE forum.id = ?',
                     ('param_1', 'param_1', 'param_1', 'rid'),
                     {'param_1': None}),
 'tree.node.meeting': ('SELECT meeting.id AS id, meeting.title AS a, ? AS b, ? AS c, meeting.date AS date, '
                       'meeting.status AS status, EXISTS (SELECT * \n'
                       'FROM outcome \n'
                       'WHERE outcome.meeting_id = meeting.id) AS kids \n'
                       'FROM meeting \n'
                       'WHERE meeting.id = ?',
                       ('param_1', 'param_1', 'rid'),
                       {'param_1': None}),
 'tree.node.outcome': ('SELECT outcome.id AS id, outcome.title AS a, ? AS b, ? AS c, record.date AS date, '
                       'outcome.status AS status, ? AS kids \n'
                       'FROM outcome JOIN record ON record.id = outcome.id \n'
                       'WHERE outcome.id = ?',
                       ('param_1', 'param_1', 'param_2', 'rid'),
                       {'param_1': None, 'param_2': False}),
 'tree.node.process': ('SELECT process.id AS id, process.title AS a, ? AS b, ? AS c, record.date AS date, ? AS status, '
                       'EXISTS (SELECT * \n'
                       'FROM round \n'
                       'WHERE round.process_id = process.id) AS kids \n'
                       'FROM process JOIN record ON record.id = process.id \n'
                       'WHERE process.id = ?',
                       ('param_1', 'param_1', 'param_1', 'rid'),
                       {'param_1': None}),
 'tree.node.round': ('SELECT round.id AS id, round.number AS a, round.city AS b, ? AS c, round.date AS date, '
                     'round.status AS status, ? AS kids \n'
                     'FROM round \n'
                     'WHERE round.id = ?',
                     ('param_1', 'param_2', 'rid'),
                     {'param_1': None, 'param_2': False}),
 'tree.node.source': ('SELECT source.id AS id, source.title AS a, ? AS b, ? AS c, source.date AS date, ? AS status, ? '
                      'AS kids \n'
                      'FROM source \n'
                      'WHERE source.id = ?',
                      ('param_1', 'param_1', 'param_1', 'param_2', 'rid'),
                      {'param_1': None, 'param_2': False}),
 'tree.node.topic': ('SELECT topic.id AS id, topic.label AS a, ? AS b, ? AS c, ? AS date, ? AS status, ? AS kids \n'
                     'FROM topic \n'
                     'WHERE topic.id = ?',
                     ('param_1', 'param_1', 'param_1', 'param_1', 'param_2', 'rid'),
                     {'param_1': None, 'param_2': False}),
 'tree.page.@countries.0': ('SELECT country.id AS id, country.name AS a, country.code AS b, ? AS c, ? AS date, ? AS '
                            'status, ? AS kids \n'
                            'FROM country ORDER BY country.name, country.id\n'
                            ' LIMIT ? OFFSET ?',
                            ('param_1', 'param_1', 'param_1', 'param_2', 'limit', 'offset'),
                            {'param_1': None, 'param_2': False}),
 'tree.page.@outcomes.0': ('SELECT outcome.id AS id, outcome.title AS a, ? AS b, ? AS c, record.date AS date, '
                           'outcome.status AS status, ? AS kids \n'
                           'FROM outcome JOIN record ON record.id = outcome.id \n'
                           'WHERE outcome.meeting_id IS NULL ORDER BY coalesce(record.date_lower, ?), outcome.title, '
                           'outcome.id\n'
                           ' LIMIT ? OFFSET ?',
                           ('param_1', 'param_1', 'param_2', 'coalesce_1', 'limit', 'offset'),
                           {'coalesce_1': '', 'param_1': None, 'param_2': False}),
 'tree.page.@sources.0': ('SELECT source.id AS id, source.title AS a, ? AS b, ? AS c, source.date AS date, ? AS '
                          'status, ? AS kids \n'
                          'FROM source ORDER BY coalesce(source.date, ?), source.title, source.id\n'
                          ' LIMIT ? OFFSET ?',
                          ('param_1', 'param_1', 'param_1', 'param_2', 'coalesce_1', 'limit', 'offset'),
                          {'coalesce_1': '', 'param_1': None, 'param_2': False}),
 'tree.page.@topics.0': ('SELECT topic.id AS id, topic.label AS a, ? AS b, ? AS c, ? AS date, ? AS status, ? AS kids \n'
                         'FROM topic ORDER BY topic.label, topic.id\n'
                         ' LIMIT ? OFFSET ?',
                         ('param_1', 'param_1', 'param_1', 'param_1', 'param_2', 'limit', 'offset'),
                         {'param_1': None, 'param_2': False}),
 'tree.page.forum.0': ('SELECT forum.id AS id, forum.name AS a, forum.abbreviation AS b, ? AS c, ? AS date, ? AS '
                       'status, (EXISTS (SELECT * \n'
                       'FROM forum AS sub \n'
                       'WHERE sub.parent_id = forum.id)) OR (EXISTS (SELECT * \n'
                       'FROM process \n'
                       'WHERE process.forum_id = forum.id)) OR (EXISTS (SELECT * \n'
                       'FROM meeting \n'
                       'WHERE meeting.forum_id = forum.id)) AS kids \n'
                       'FROM forum \n'
                       'WHERE forum.parent_id = ? ORDER BY forum.name, forum.id\n'
                       ' LIMIT ? OFFSET ?',
                       ('param_1', 'param_1', 'param_1', 'parent', 'limit', 'offset'),
                       {'param_1': None}),
 'tree.page.forum.1': ('SELECT process.id AS id, process.title AS a, ? AS b, ? AS c, record.date AS date, ? AS status, '
                       'EXISTS (SELECT * \n'
                       'FROM round \n'
                       'WHERE round.process_id = process.id) AS kids \n'
                       'FROM process JOIN record ON record.id = process.id \n'
                       'WHERE process.forum_id = ? ORDER BY process.title, process.id\n'
                       ' LIMIT ? OFFSET ?',
                       ('param_1', 'param_1', 'param_1', 'parent', 'limit', 'offset'),
                       {'param_1': None}),
 'tree.page.forum.2': ('SELECT meeting.id AS id, meeting.title AS a, ? AS b, ? AS c, meeting.date AS date, '
                       'meeting.status AS status, EXISTS (SELECT * \n'
                       'FROM outcome \n'
                       'WHERE outcome.meeting_id = meeting.id) AS kids \n'
                       'FROM meeting \n'
                       'WHERE meeting.forum_id = ? AND meeting.date_lower IS NOT NULL ORDER BY meeting.date_lower, '
                       'meeting.date_upper, meeting.id\n'
                       ' LIMIT ? OFFSET ?',
                       ('param_1', 'param_1', 'parent', 'limit', 'offset'),
                       {'param_1': None}),
 'tree.page.forum.3': ('SELECT meeting.id AS id, meeting.title AS a, ? AS b, ? AS c, meeting.date AS date, '
                       'meeting.status AS status, EXISTS (SELECT * \n'
                       'FROM outcome \n'
                       'WHERE outcome.meeting_id = meeting.id) AS kids \n'
                       'FROM meeting \n'
                       'WHERE meeting.forum_id = ? AND meeting.date_lower IS NULL ORDER BY meeting.title, meeting.id\n'
                       ' LIMIT ? OFFSET ?',
                       ('param_1', 'param_1', 'parent', 'limit', 'offset'),
                       {'param_1': None}),
 'tree.page.meeting.0': ('SELECT outcome.id AS id, outcome.title AS a, ? AS b, ? AS c, record.date AS date, '
                         'outcome.status AS status, ? AS kids \n'
                         'FROM outcome JOIN record ON record.id = outcome.id \n'
                         'WHERE outcome.meeting_id = ? ORDER BY outcome.title, outcome.id\n'
                         ' LIMIT ? OFFSET ?',
                         ('param_1', 'param_1', 'param_2', 'parent', 'limit', 'offset'),
                         {'param_1': None, 'param_2': False}),
 'tree.page.process.0': ('SELECT round.id AS id, round.number AS a, round.city AS b, ? AS c, round.date AS date, '
                         'round.status AS status, ? AS kids \n'
                         'FROM round \n'
                         'WHERE round.process_id = ? ORDER BY round.number, round.id\n'
                         ' LIMIT ? OFFSET ?',
                         ('param_1', 'param_2', 'parent', 'limit', 'offset'),
                         {'param_1': None, 'param_2': False}),
 'tree.page.top.0': ('SELECT forum.id AS id, forum.name AS a, forum.abbreviation AS b, ? AS c, ? AS date, ? AS status, '
                     '(EXISTS (SELECT * \n'
                     'FROM forum AS sub \n'
                     'WHERE sub.parent_id = forum.id)) OR (EXISTS (SELECT * \n'
                     'FROM process \n'
                     'WHERE process.forum_id = forum.id)) OR (EXISTS (SELECT * \n'
                     'FROM meeting \n'
                     'WHERE meeting.forum_id = forum.id)) AS kids \n'
                     'FROM forum \n'
                     'WHERE forum.parent_id IS NULL ORDER BY forum.name, forum.id\n'
                     ' LIMIT ? OFFSET ?',
                     ('param_1', 'param_1', 'param_1', 'limit', 'offset'),
                     {'param_1': None}),
 'tree.page.top.1': ('SELECT process.id AS id, process.title AS a, ? AS b, ? AS c, record.date AS date, ? AS status, '
                     'EXISTS (SELECT * \n'
                     'FROM round \n'
                     'WHERE round.process_id = process.id) AS kids \n'
                     'FROM process JOIN record ON record.id = process.id \n'
                     'WHERE process.forum_id IS NULL ORDER BY process.title, process.id\n'
                     ' LIMIT ? OFFSET ?',
                     ('param_1', 'param_1', 'param_1', 'limit', 'offset'),
                     {'param_1': None}),
 'tree.parents.forum': ('SELECT forum.id, forum.parent_id \nFROM forum \nWHERE forum.id IN (__[POSTCOMPILE_ids])',
                        ('ids',),
                        {}),
 'tree.parents.meeting': ('SELECT meeting.id, meeting.forum_id \n'
                          'FROM meeting \n'
                          'WHERE meeting.id IN (__[POSTCOMPILE_ids])',
                          ('ids',),
                          {}),
 'tree.parents.outcome': ('SELECT outcome.id, outcome.meeting_id \n'
                          'FROM outcome \n'
                          'WHERE outcome.id IN (__[POSTCOMPILE_ids])',
                          ('ids',),
                          {}),
 'tree.parents.process': ('SELECT process.id, process.forum_id \n'
                          'FROM process \n'
                          'WHERE process.id IN (__[POSTCOMPILE_ids])',
                          ('ids',),
                          {}),
 'tree.parents.round': ('SELECT round.id, round.process_id \nFROM round \nWHERE round.id IN (__[POSTCOMPILE_ids])',
                        ('ids',),
                        {}),
 'tree.rank.@countries.0': ('SELECT count(*) AS count_1 \n'
                            'FROM (SELECT ? AS anon_2 \n'
                            'FROM country \n'
                            'WHERE (country.name, country.id) < (?, ?)) AS anon_1',
                            ('param_1', 'k0', 'k1'),
                            {'param_1': 1}),
 'tree.rank.@outcomes.0': ('SELECT count(*) AS count_1 \n'
                           'FROM (SELECT ? AS anon_2 \n'
                           'FROM outcome JOIN record ON record.id = outcome.id \n'
                           'WHERE outcome.meeting_id IS NULL AND (coalesce(record.date_lower, ?), outcome.title, '
                           'outcome.id) < (?, ?, ?)) AS anon_1',
                           ('param_1', 'coalesce_1', 'k0', 'k1', 'k2'),
                           {'coalesce_1': '', 'param_1': 1}),
 'tree.rank.@sources.0': ('SELECT count(*) AS count_1 \n'
                          'FROM (SELECT ? AS anon_2 \n'
                          'FROM source \n'
                          'WHERE (coalesce(source.date, ?), source.title, source.id) < (?, ?, ?)) AS anon_1',
                          ('param_1', 'coalesce_1', 'k0', 'k1', 'k2'),
                          {'coalesce_1': '', 'param_1': 1}),
 'tree.rank.@topics.0': ('SELECT count(*) AS count_1 \n'
                         'FROM (SELECT ? AS anon_2 \n'
                         'FROM topic \n'
                         'WHERE (topic.label, topic.id) < (?, ?)) AS anon_1',
                         ('param_1', 'k0', 'k1'),
                         {'param_1': 1}),
 'tree.rank.forum.0': ('SELECT count(*) AS count_1 \n'
                       'FROM (SELECT ? AS anon_2 \n'
                       'FROM forum \n'
                       'WHERE forum.parent_id = ? AND (forum.name, forum.id) < (?, ?)) AS anon_1',
                       ('param_1', 'parent', 'k0', 'k1'),
                       {'param_1': 1}),
 'tree.rank.forum.1': ('SELECT count(*) AS count_1 \n'
                       'FROM (SELECT ? AS anon_2 \n'
                       'FROM process JOIN record ON record.id = process.id \n'
                       'WHERE process.forum_id = ? AND (process.title, process.id) < (?, ?)) AS anon_1',
                       ('param_1', 'parent', 'k0', 'k1'),
                       {'param_1': 1}),
 'tree.rank.forum.2': ('SELECT count(*) AS count_1 \n'
                       'FROM (SELECT ? AS anon_2 \n'
                       'FROM meeting \n'
                       'WHERE meeting.forum_id = ? AND meeting.date_lower IS NOT NULL AND (meeting.date_lower, '
                       'meeting.date_upper, meeting.id) < (?, ?, ?)) AS anon_1',
                       ('param_1', 'parent', 'k0', 'k1', 'k2'),
                       {'param_1': 1}),
 'tree.rank.forum.3': ('SELECT count(*) AS count_1 \n'
                       'FROM (SELECT ? AS anon_2 \n'
                       'FROM meeting \n'
                       'WHERE meeting.forum_id = ? AND meeting.date_lower IS NULL AND (meeting.title, meeting.id) < '
                       '(?, ?)) AS anon_1',
                       ('param_1', 'parent', 'k0', 'k1'),
                       {'param_1': 1}),
 'tree.rank.meeting.0': ('SELECT count(*) AS count_1 \n'
                         'FROM (SELECT ? AS anon_2 \n'
                         'FROM outcome JOIN record ON record.id = outcome.id \n'
                         'WHERE outcome.meeting_id = ? AND (outcome.title, outcome.id) < (?, ?)) AS anon_1',
                         ('param_1', 'parent', 'k0', 'k1'),
                         {'param_1': 1}),
 'tree.rank.process.0': ('SELECT count(*) AS count_1 \n'
                         'FROM (SELECT ? AS anon_2 \n'
                         'FROM round \n'
                         'WHERE round.process_id = ? AND (round.number, round.id) < (?, ?)) AS anon_1',
                         ('param_1', 'parent', 'k0', 'k1'),
                         {'param_1': 1}),
 'tree.rank.top.0': ('SELECT count(*) AS count_1 \n'
                     'FROM (SELECT ? AS anon_2 \n'
                     'FROM forum \n'
                     'WHERE forum.parent_id IS NULL AND (forum.name, forum.id) < (?, ?)) AS anon_1',
                     ('param_1', 'k0', 'k1'),
                     {'param_1': 1}),
 'tree.rank.top.1': ('SELECT count(*) AS count_1 \n'
                     'FROM (SELECT ? AS anon_2 \n'
                     'FROM process JOIN record ON record.id = process.id \n'
                     'WHERE process.forum_id IS NULL AND (process.title, process.id) < (?, ?)) AS anon_1',
                     ('param_1', 'k0', 'k1'),
                     {'param_1': 1})}
