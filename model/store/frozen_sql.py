"""SQLite and psycopg text of every declared read statement (see model.store.sqlrun, model.store.pgrun).

Generated: do not edit.

Regenerate with ``python -m model.store.freeze_sql`` after changing a statement.
"""

from __future__ import annotations

from typing import Any

SQLITE: dict[str, tuple[str, tuple[str, ...], dict[str, Any]]] = {'dataset.version': ('SELECT dataset.version \nFROM dataset \nWHERE dataset.id = ?', ('id',), {}),
 'record.counts': ('SELECT record.type, count(*) AS records \nFROM record GROUP BY record.type', (), {}),
 'record.last_change': ('SELECT revision.author, revision.at \n'
                        'FROM revision \n'
                        'WHERE revision.record_id = ? AND revision.action != ? ORDER BY revision.id DESC\n'
                        ' LIMIT ? OFFSET ?',
                        ('rid', 'action_1', 'param_1', 'param_2'),
                        {'action_1': 'note', 'param_1': 1, 'param_2': 0}),
 'record.note': ('SELECT note.text \nFROM note \nWHERE note.record_id = ?', ('rid',), {}),
 'record.of_type': ('SELECT record.id, record.title AS label \n'
                    'FROM record \n'
                    'WHERE record.type = ? ORDER BY record.title, record.id\n'
                    ' LIMIT ? OFFSET ?',
                    ('kind', 'limit', 'param_1'),
                    {'param_1': 0}),
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
 'timeline.date_extent': ('SELECT min(meeting.date_lower) AS first, max(meeting.date_upper) AS last \n'
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
 'timeline.latest_source': ('SELECT max(source.date) AS latest \n'
                            'FROM source \n'
                            'WHERE source.id IN (SELECT citation.source_id \n'
                            'FROM citation \n'
                            'WHERE citation.record_id IN (__[POSTCOMPILE_ids]))',
                            ('ids',),
                            {}),
 'timeline.meeting_events': ('SELECT meeting.id, meeting.title, meeting.date, meeting.date_lower AS lower, '
                             'meeting.date_upper AS upper, meeting.status, meeting.forum_id \n'
                             'FROM meeting \n'
                             'WHERE meeting.forum_id IN (__[POSTCOMPILE_forums]) AND meeting.date_lower <= ? AND '
                             'meeting.date_upper >= ? ORDER BY meeting.date_lower, meeting.id\n'
                             ' LIMIT ? OFFSET ?',
                             ('forums', 'upper', 'lower', 'limit', 'param_1'),
                             {'param_1': 0}),
 'timeline.meeting_extents': ('SELECT meeting.forum_id, min(meeting.date_lower) AS first, max(meeting.date_upper) AS '
                              'last \n'
                              'FROM meeting \n'
                              'WHERE meeting.forum_id IN (__[POSTCOMPILE_forums]) AND meeting.date_lower IS NOT NULL '
                              'GROUP BY meeting.forum_id',
                              ('forums',),
                              {}),
 'timeline.process_rounds': ('SELECT round.id, round.number, round.city, round.date, round.date_lower AS lower, '
                             'round.date_upper AS upper, round.status \n'
                             'FROM round \n'
                             'WHERE round.process_id = ? AND round.date_lower IS NOT NULL ORDER BY round.date_lower, '
                             'round.number',
                             ('rid',),
                             {}),
 'timeline.process_title': ('SELECT process.title \nFROM process \nWHERE process.id = ?', ('rid',), {}),
 'timeline.processes': ('SELECT process.id, process.title AS label \nFROM process ORDER BY process.title, process.id',
                        (),
                        {}),
 'tree.among.@countries.0': ('SELECT country.id AS id, country.name AS a, country.code AS b, ? AS c, ? AS date, ? AS '
                             'status, ? AS kids, coalesce(replace(lower((SELECT shown.title \n'
                             'FROM record_name AS shown \n'
                             'WHERE shown.record_id = country.id AND shown.title IS NOT NULL AND (lower(shown.lang) = '
                             '? OR lower(shown.lang) LIKE ?) ORDER BY CASE WHEN (lower(shown.lang) = ?) THEN ? ELSE ? '
                             'END, shown.lang\n'
                             ' LIMIT ? OFFSET ?)), ?, ?), country.name) AS k0, country.id AS k1 \n'
                             'FROM country \n'
                             'WHERE country.id IN (__[POSTCOMPILE_ids])',
                             ('param_1',
                              'param_1',
                              'param_1',
                              'param_2',
                              'lang',
                              'lang_tags',
                              'lang',
                              'param_3',
                              'param_4',
                              'param_5',
                              'param_6',
                              'replace_1',
                              'replace_2',
                              'ids'),
                             {'param_1': None,
                              'param_2': False,
                              'param_3': 0,
                              'param_4': 1,
                              'param_5': 1,
                              'param_6': 0,
                              'replace_1': 'ё',
                              'replace_2': 'е'}),
 'tree.among.@outcomes.0': ('SELECT outcome.id AS id, outcome.title AS a, ? AS b, ? AS c, record.date AS date, '
                            'outcome.status AS status, ? AS kids, coalesce(record.date_lower, ?) AS k0, '
                            'coalesce(replace(lower((SELECT shown.title \n'
                            'FROM record_name AS shown \n'
                            'WHERE shown.record_id = outcome.id AND shown.title IS NOT NULL AND (lower(shown.lang) = ? '
                            'OR lower(shown.lang) LIKE ?) ORDER BY CASE WHEN (lower(shown.lang) = ?) THEN ? ELSE ? '
                            'END, shown.lang\n'
                            ' LIMIT ? OFFSET ?)), ?, ?), outcome.title) AS k1, outcome.id AS k2 \n'
                            'FROM outcome JOIN record ON record.id = outcome.id \n'
                            'WHERE outcome.meeting_id IS NULL AND outcome.id IN (__[POSTCOMPILE_ids])',
                            ('param_1',
                             'param_1',
                             'param_2',
                             'coalesce_1',
                             'lang',
                             'lang_tags',
                             'lang',
                             'param_3',
                             'param_4',
                             'param_5',
                             'param_6',
                             'replace_1',
                             'replace_2',
                             'ids'),
                            {'coalesce_1': '',
                             'param_1': None,
                             'param_2': False,
                             'param_3': 0,
                             'param_4': 1,
                             'param_5': 1,
                             'param_6': 0,
                             'replace_1': 'ё',
                             'replace_2': 'е'}),
 'tree.among.@sources.0': ('SELECT source.id AS id, source.title AS a, ? AS b, ? AS c, source.date AS date, ? AS '
                           'status, ? AS kids, coalesce(source.date, ?) AS k0, coalesce(replace(lower((SELECT '
                           'shown.title \n'
                           'FROM record_name AS shown \n'
                           'WHERE shown.record_id = source.id AND shown.title IS NOT NULL AND (lower(shown.lang) = ? '
                           'OR lower(shown.lang) LIKE ?) ORDER BY CASE WHEN (lower(shown.lang) = ?) THEN ? ELSE ? END, '
                           'shown.lang\n'
                           ' LIMIT ? OFFSET ?)), ?, ?), source.title) AS k1, source.id AS k2 \n'
                           'FROM source \n'
                           'WHERE source.id IN (__[POSTCOMPILE_ids])',
                           ('param_1',
                            'param_1',
                            'param_1',
                            'param_2',
                            'coalesce_1',
                            'lang',
                            'lang_tags',
                            'lang',
                            'param_3',
                            'param_4',
                            'param_5',
                            'param_6',
                            'replace_1',
                            'replace_2',
                            'ids'),
                           {'coalesce_1': '',
                            'param_1': None,
                            'param_2': False,
                            'param_3': 0,
                            'param_4': 1,
                            'param_5': 1,
                            'param_6': 0,
                            'replace_1': 'ё',
                            'replace_2': 'е'}),
 'tree.among.@topics.0': ('SELECT topic.id AS id, topic.label AS a, ? AS b, ? AS c, ? AS date, ? AS status, ? AS kids, '
                          'coalesce(replace(lower((SELECT shown.title \n'
                          'FROM record_name AS shown \n'
                          'WHERE shown.record_id = topic.id AND shown.title IS NOT NULL AND (lower(shown.lang) = ? OR '
                          'lower(shown.lang) LIKE ?) ORDER BY CASE WHEN (lower(shown.lang) = ?) THEN ? ELSE ? END, '
                          'shown.lang\n'
                          ' LIMIT ? OFFSET ?)), ?, ?), topic.label) AS k0, topic.id AS k1 \n'
                          'FROM topic \n'
                          'WHERE topic.id IN (__[POSTCOMPILE_ids])',
                          ('param_1',
                           'param_1',
                           'param_1',
                           'param_1',
                           'param_2',
                           'lang',
                           'lang_tags',
                           'lang',
                           'param_3',
                           'param_4',
                           'param_5',
                           'param_6',
                           'replace_1',
                           'replace_2',
                           'ids'),
                          {'param_1': None,
                           'param_2': False,
                           'param_3': 0,
                           'param_4': 1,
                           'param_5': 1,
                           'param_6': 0,
                           'replace_1': 'ё',
                           'replace_2': 'е'}),
 'tree.among.forum.0': ('SELECT forum.id AS id, forum.name AS a, forum.abbreviation AS b, ? AS c, ? AS date, ? AS '
                        'status, (EXISTS (SELECT * \n'
                        'FROM forum AS sub \n'
                        'WHERE sub.parent_id = forum.id)) OR (EXISTS (SELECT * \n'
                        'FROM process \n'
                        'WHERE process.forum_id = forum.id)) OR (EXISTS (SELECT * \n'
                        'FROM meeting \n'
                        'WHERE meeting.forum_id = forum.id)) AS kids, coalesce(replace(lower((SELECT shown.title \n'
                        'FROM record_name AS shown \n'
                        'WHERE shown.record_id = forum.id AND shown.title IS NOT NULL AND (lower(shown.lang) = ? OR '
                        'lower(shown.lang) LIKE ?) ORDER BY CASE WHEN (lower(shown.lang) = ?) THEN ? ELSE ? END, '
                        'shown.lang\n'
                        ' LIMIT ? OFFSET ?)), ?, ?), forum.name) AS k0, forum.id AS k1 \n'
                        'FROM forum \n'
                        'WHERE forum.parent_id = ? AND forum.id IN (__[POSTCOMPILE_ids])',
                        ('param_1',
                         'param_1',
                         'param_1',
                         'lang',
                         'lang_tags',
                         'lang',
                         'param_2',
                         'param_3',
                         'param_4',
                         'param_5',
                         'replace_1',
                         'replace_2',
                         'parent',
                         'ids'),
                        {'param_1': None,
                         'param_2': 0,
                         'param_3': 1,
                         'param_4': 1,
                         'param_5': 0,
                         'replace_1': 'ё',
                         'replace_2': 'е'}),
 'tree.among.forum.1': ('SELECT process.id AS id, process.title AS a, ? AS b, ? AS c, record.date AS date, ? AS '
                        'status, EXISTS (SELECT * \n'
                        'FROM round \n'
                        'WHERE round.process_id = process.id) AS kids, coalesce(replace(lower((SELECT shown.title \n'
                        'FROM record_name AS shown \n'
                        'WHERE shown.record_id = process.id AND shown.title IS NOT NULL AND (lower(shown.lang) = ? OR '
                        'lower(shown.lang) LIKE ?) ORDER BY CASE WHEN (lower(shown.lang) = ?) THEN ? ELSE ? END, '
                        'shown.lang\n'
                        ' LIMIT ? OFFSET ?)), ?, ?), process.title) AS k0, process.id AS k1 \n'
                        'FROM process JOIN record ON record.id = process.id \n'
                        'WHERE process.forum_id = ? AND process.id IN (__[POSTCOMPILE_ids])',
                        ('param_1',
                         'param_1',
                         'param_1',
                         'lang',
                         'lang_tags',
                         'lang',
                         'param_2',
                         'param_3',
                         'param_4',
                         'param_5',
                         'replace_1',
                         'replace_2',
                         'parent',
                         'ids'),
                        {'param_1': None,
                         'param_2': 0,
                         'param_3': 1,
                         'param_4': 1,
                         'param_5': 0,
                         'replace_1': 'ё',
                         'replace_2': 'е'}),
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
                        'WHERE outcome.meeting_id = meeting.id) AS kids, coalesce(replace(lower((SELECT shown.title \n'
                        'FROM record_name AS shown \n'
                        'WHERE shown.record_id = meeting.id AND shown.title IS NOT NULL AND (lower(shown.lang) = ? OR '
                        'lower(shown.lang) LIKE ?) ORDER BY CASE WHEN (lower(shown.lang) = ?) THEN ? ELSE ? END, '
                        'shown.lang\n'
                        ' LIMIT ? OFFSET ?)), ?, ?), meeting.title) AS k0, meeting.id AS k1 \n'
                        'FROM meeting \n'
                        'WHERE meeting.forum_id = ? AND meeting.date_lower IS NULL AND meeting.id IN '
                        '(__[POSTCOMPILE_ids])',
                        ('param_1',
                         'param_1',
                         'lang',
                         'lang_tags',
                         'lang',
                         'param_2',
                         'param_3',
                         'param_4',
                         'param_5',
                         'replace_1',
                         'replace_2',
                         'parent',
                         'ids'),
                        {'param_1': None,
                         'param_2': 0,
                         'param_3': 1,
                         'param_4': 1,
                         'param_5': 0,
                         'replace_1': 'ё',
                         'replace_2': 'е'}),
 'tree.among.meeting.0': ('SELECT outcome.id AS id, outcome.title AS a, ? AS b, ? AS c, record.date AS date, '
                          'outcome.status AS status, ? AS kids, coalesce(replace(lower((SELECT shown.title \n'
                          'FROM record_name AS shown \n'
                          'WHERE shown.record_id = outcome.id AND shown.title IS NOT NULL AND (lower(shown.lang) = ? '
                          'OR lower(shown.lang) LIKE ?) ORDER BY CASE WHEN (lower(shown.lang) = ?) THEN ? ELSE ? END, '
                          'shown.lang\n'
                          ' LIMIT ? OFFSET ?)), ?, ?), outcome.title) AS k0, outcome.id AS k1 \n'
                          'FROM outcome JOIN record ON record.id = outcome.id \n'
                          'WHERE outcome.meeting_id = ? AND outcome.id IN (__[POSTCOMPILE_ids])',
                          ('param_1',
                           'param_1',
                           'param_2',
                           'lang',
                           'lang_tags',
                           'lang',
                           'param_3',
                           'param_4',
                           'param_5',
                           'param_6',
                           'replace_1',
                           'replace_2',
                           'parent',
                           'ids'),
                          {'param_1': None,
                           'param_2': False,
                           'param_3': 0,
                           'param_4': 1,
                           'param_5': 1,
                           'param_6': 0,
                           'replace_1': 'ё',
                           'replace_2': 'е'}),
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
                      'WHERE meeting.forum_id = forum.id)) AS kids, coalesce(replace(lower((SELECT shown.title \n'
                      'FROM record_name AS shown \n'
                      'WHERE shown.record_id = forum.id AND shown.title IS NOT NULL AND (lower(shown.lang) = ? OR '
                      'lower(shown.lang) LIKE ?) ORDER BY CASE WHEN (lower(shown.lang) = ?) THEN ? ELSE ? END, '
                      'shown.lang\n'
                      ' LIMIT ? OFFSET ?)), ?, ?), forum.name) AS k0, forum.id AS k1 \n'
                      'FROM forum \n'
                      'WHERE forum.parent_id IS NULL AND forum.id IN (__[POSTCOMPILE_ids])',
                      ('param_1',
                       'param_1',
                       'param_1',
                       'lang',
                       'lang_tags',
                       'lang',
                       'param_2',
                       'param_3',
                       'param_4',
                       'param_5',
                       'replace_1',
                       'replace_2',
                       'ids'),
                      {'param_1': None,
                       'param_2': 0,
                       'param_3': 1,
                       'param_4': 1,
                       'param_5': 0,
                       'replace_1': 'ё',
                       'replace_2': 'е'}),
 'tree.among.top.1': ('SELECT process.id AS id, process.title AS a, ? AS b, ? AS c, record.date AS date, ? AS status, '
                      'EXISTS (SELECT * \n'
                      'FROM round \n'
                      'WHERE round.process_id = process.id) AS kids, coalesce(replace(lower((SELECT shown.title \n'
                      'FROM record_name AS shown \n'
                      'WHERE shown.record_id = process.id AND shown.title IS NOT NULL AND (lower(shown.lang) = ? OR '
                      'lower(shown.lang) LIKE ?) ORDER BY CASE WHEN (lower(shown.lang) = ?) THEN ? ELSE ? END, '
                      'shown.lang\n'
                      ' LIMIT ? OFFSET ?)), ?, ?), process.title) AS k0, process.id AS k1 \n'
                      'FROM process JOIN record ON record.id = process.id \n'
                      'WHERE process.forum_id IS NULL AND process.id IN (__[POSTCOMPILE_ids])',
                      ('param_1',
                       'param_1',
                       'param_1',
                       'lang',
                       'lang_tags',
                       'lang',
                       'param_2',
                       'param_3',
                       'param_4',
                       'param_5',
                       'replace_1',
                       'replace_2',
                       'ids'),
                      {'param_1': None,
                       'param_2': 0,
                       'param_3': 1,
                       'param_4': 1,
                       'param_5': 0,
                       'replace_1': 'ё',
                       'replace_2': 'е'}),
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
 'tree.key.@countries.0': ('SELECT coalesce(replace(lower((SELECT shown.title \n'
                           'FROM record_name AS shown \n'
                           'WHERE shown.record_id = country.id AND shown.title IS NOT NULL AND (lower(shown.lang) = ? '
                           'OR lower(shown.lang) LIKE ?) ORDER BY CASE WHEN (lower(shown.lang) = ?) THEN ? ELSE ? END, '
                           'shown.lang\n'
                           ' LIMIT ? OFFSET ?)), ?, ?), country.name) AS k0, country.id AS k1 \n'
                           'FROM country \n'
                           'WHERE country.id = ?',
                           ('lang',
                            'lang_tags',
                            'lang',
                            'param_1',
                            'param_2',
                            'param_3',
                            'param_4',
                            'replace_1',
                            'replace_2',
                            'child'),
                           {'param_1': 0,
                            'param_2': 1,
                            'param_3': 1,
                            'param_4': 0,
                            'replace_1': 'ё',
                            'replace_2': 'е'}),
 'tree.key.@outcomes.0': ('SELECT coalesce(record.date_lower, ?) AS k0, coalesce(replace(lower((SELECT shown.title \n'
                          'FROM record_name AS shown \n'
                          'WHERE shown.record_id = outcome.id AND shown.title IS NOT NULL AND (lower(shown.lang) = ? '
                          'OR lower(shown.lang) LIKE ?) ORDER BY CASE WHEN (lower(shown.lang) = ?) THEN ? ELSE ? END, '
                          'shown.lang\n'
                          ' LIMIT ? OFFSET ?)), ?, ?), outcome.title) AS k1, outcome.id AS k2 \n'
                          'FROM outcome JOIN record ON record.id = outcome.id \n'
                          'WHERE outcome.meeting_id IS NULL AND outcome.id = ?',
                          ('coalesce_1',
                           'lang',
                           'lang_tags',
                           'lang',
                           'param_1',
                           'param_2',
                           'param_3',
                           'param_4',
                           'replace_1',
                           'replace_2',
                           'child'),
                          {'coalesce_1': '',
                           'param_1': 0,
                           'param_2': 1,
                           'param_3': 1,
                           'param_4': 0,
                           'replace_1': 'ё',
                           'replace_2': 'е'}),
 'tree.key.@sources.0': ('SELECT coalesce(source.date, ?) AS k0, coalesce(replace(lower((SELECT shown.title \n'
                         'FROM record_name AS shown \n'
                         'WHERE shown.record_id = source.id AND shown.title IS NOT NULL AND (lower(shown.lang) = ? OR '
                         'lower(shown.lang) LIKE ?) ORDER BY CASE WHEN (lower(shown.lang) = ?) THEN ? ELSE ? END, '
                         'shown.lang\n'
                         ' LIMIT ? OFFSET ?)), ?, ?), source.title) AS k1, source.id AS k2 \n'
                         'FROM source \n'
                         'WHERE source.id = ?',
                         ('coalesce_1',
                          'lang',
                          'lang_tags',
                          'lang',
                          'param_1',
                          'param_2',
                          'param_3',
                          'param_4',
                          'replace_1',
                          'replace_2',
                          'child'),
                         {'coalesce_1': '',
                          'param_1': 0,
                          'param_2': 1,
                          'param_3': 1,
                          'param_4': 0,
                          'replace_1': 'ё',
                          'replace_2': 'е'}),
 'tree.key.@topics.0': ('SELECT coalesce(replace(lower((SELECT shown.title \n'
                        'FROM record_name AS shown \n'
                        'WHERE shown.record_id = topic.id AND shown.title IS NOT NULL AND (lower(shown.lang) = ? OR '
                        'lower(shown.lang) LIKE ?) ORDER BY CASE WHEN (lower(shown.lang) = ?) THEN ? ELSE ? END, '
                        'shown.lang\n'
                        ' LIMIT ? OFFSET ?)), ?, ?), topic.label) AS k0, topic.id AS k1 \n'
                        'FROM topic \n'
                        'WHERE topic.id = ?',
                        ('lang',
                         'lang_tags',
                         'lang',
                         'param_1',
                         'param_2',
                         'param_3',
                         'param_4',
                         'replace_1',
                         'replace_2',
                         'child'),
                        {'param_1': 0, 'param_2': 1, 'param_3': 1, 'param_4': 0, 'replace_1': 'ё', 'replace_2': 'е'}),
 'tree.key.forum.0': ('SELECT coalesce(replace(lower((SELECT shown.title \n'
                      'FROM record_name AS shown \n'
                      'WHERE shown.record_id = forum.id AND shown.title IS NOT NULL AND (lower(shown.lang) = ? OR '
                      'lower(shown.lang) LIKE ?) ORDER BY CASE WHEN (lower(shown.lang) = ?) THEN ? ELSE ? END, '
                      'shown.lang\n'
                      ' LIMIT ? OFFSET ?)), ?, ?), forum.name) AS k0, forum.id AS k1 \n'
                      'FROM forum \n'
                      'WHERE forum.parent_id = ? AND forum.id = ?',
                      ('lang',
                       'lang_tags',
                       'lang',
                       'param_1',
                       'param_2',
                       'param_3',
                       'param_4',
                       'replace_1',
                       'replace_2',
                       'parent',
                       'child'),
                      {'param_1': 0, 'param_2': 1, 'param_3': 1, 'param_4': 0, 'replace_1': 'ё', 'replace_2': 'е'}),
 'tree.key.forum.1': ('SELECT coalesce(replace(lower((SELECT shown.title \n'
                      'FROM record_name AS shown \n'
                      'WHERE shown.record_id = process.id AND shown.title IS NOT NULL AND (lower(shown.lang) = ? OR '
                      'lower(shown.lang) LIKE ?) ORDER BY CASE WHEN (lower(shown.lang) = ?) THEN ? ELSE ? END, '
                      'shown.lang\n'
                      ' LIMIT ? OFFSET ?)), ?, ?), process.title) AS k0, process.id AS k1 \n'
                      'FROM process JOIN record ON record.id = process.id \n'
                      'WHERE process.forum_id = ? AND process.id = ?',
                      ('lang',
                       'lang_tags',
                       'lang',
                       'param_1',
                       'param_2',
                       'param_3',
                       'param_4',
                       'replace_1',
                       'replace_2',
                       'parent',
                       'child'),
                      {'param_1': 0, 'param_2': 1, 'param_3': 1, 'param_4': 0, 'replace_1': 'ё', 'replace_2': 'е'}),
 'tree.key.forum.2': ('SELECT meeting.date_lower AS k0, meeting.date_upper AS k1, meeting.id AS k2 \n'
                      'FROM meeting \n'
                      'WHERE meeting.forum_id = ? AND meeting.date_lower IS NOT NULL AND meeting.id = ?',
                      ('parent', 'child'),
                      {}),
 'tree.key.forum.3': ('SELECT coalesce(replace(lower((SELECT shown.title \n'
                      'FROM record_name AS shown \n'
                      'WHERE shown.record_id = meeting.id AND shown.title IS NOT NULL AND (lower(shown.lang) = ? OR '
                      'lower(shown.lang) LIKE ?) ORDER BY CASE WHEN (lower(shown.lang) = ?) THEN ? ELSE ? END, '
                      'shown.lang\n'
                      ' LIMIT ? OFFSET ?)), ?, ?), meeting.title) AS k0, meeting.id AS k1 \n'
                      'FROM meeting \n'
                      'WHERE meeting.forum_id = ? AND meeting.date_lower IS NULL AND meeting.id = ?',
                      ('lang',
                       'lang_tags',
                       'lang',
                       'param_1',
                       'param_2',
                       'param_3',
                       'param_4',
                       'replace_1',
                       'replace_2',
                       'parent',
                       'child'),
                      {'param_1': 0, 'param_2': 1, 'param_3': 1, 'param_4': 0, 'replace_1': 'ё', 'replace_2': 'е'}),
 'tree.key.meeting.0': ('SELECT coalesce(replace(lower((SELECT shown.title \n'
                        'FROM record_name AS shown \n'
                        'WHERE shown.record_id = outcome.id AND shown.title IS NOT NULL AND (lower(shown.lang) = ? OR '
                        'lower(shown.lang) LIKE ?) ORDER BY CASE WHEN (lower(shown.lang) = ?) THEN ? ELSE ? END, '
                        'shown.lang\n'
                        ' LIMIT ? OFFSET ?)), ?, ?), outcome.title) AS k0, outcome.id AS k1 \n'
                        'FROM outcome JOIN record ON record.id = outcome.id \n'
                        'WHERE outcome.meeting_id = ? AND outcome.id = ?',
                        ('lang',
                         'lang_tags',
                         'lang',
                         'param_1',
                         'param_2',
                         'param_3',
                         'param_4',
                         'replace_1',
                         'replace_2',
                         'parent',
                         'child'),
                        {'param_1': 0, 'param_2': 1, 'param_3': 1, 'param_4': 0, 'replace_1': 'ё', 'replace_2': 'е'}),
 'tree.key.process.0': ('SELECT round.number AS k0, round.id AS k1 \n'
                        'FROM round \n'
                        'WHERE round.process_id = ? AND round.id = ?',
                        ('parent', 'child'),
                        {}),
 'tree.key.top.0': ('SELECT coalesce(replace(lower((SELECT shown.title \n'
                    'FROM record_name AS shown \n'
                    'WHERE shown.record_id = forum.id AND shown.title IS NOT NULL AND (lower(shown.lang) = ? OR '
                    'lower(shown.lang) LIKE ?) ORDER BY CASE WHEN (lower(shown.lang) = ?) THEN ? ELSE ? END, '
                    'shown.lang\n'
                    ' LIMIT ? OFFSET ?)), ?, ?), forum.name) AS k0, forum.id AS k1 \n'
                    'FROM forum \n'
                    'WHERE forum.parent_id IS NULL AND forum.id = ?',
                    ('lang',
                     'lang_tags',
                     'lang',
                     'param_1',
                     'param_2',
                     'param_3',
                     'param_4',
                     'replace_1',
                     'replace_2',
                     'child'),
                    {'param_1': 0, 'param_2': 1, 'param_3': 1, 'param_4': 0, 'replace_1': 'ё', 'replace_2': 'е'}),
 'tree.key.top.1': ('SELECT coalesce(replace(lower((SELECT shown.title \n'
                    'FROM record_name AS shown \n'
                    'WHERE shown.record_id = process.id AND shown.title IS NOT NULL AND (lower(shown.lang) = ? OR '
                    'lower(shown.lang) LIKE ?) ORDER BY CASE WHEN (lower(shown.lang) = ?) THEN ? ELSE ? END, '
                    'shown.lang\n'
                    ' LIMIT ? OFFSET ?)), ?, ?), process.title) AS k0, process.id AS k1 \n'
                    'FROM process JOIN record ON record.id = process.id \n'
                    'WHERE process.forum_id IS NULL AND process.id = ?',
                    ('lang',
                     'lang_tags',
                     'lang',
                     'param_1',
                     'param_2',
                     'param_3',
                     'param_4',
                     'replace_1',
                     'replace_2',
                     'child'),
                    {'param_1': 0, 'param_2': 1, 'param_3': 1, 'param_4': 0, 'replace_1': 'ё', 'replace_2': 'е'}),
 'tree.names': ('SELECT record_name.record_id, record_name.lang, record_name.title, record_name.abbreviation, '
                'record_name.city \n'
                'FROM record_name \n'
                'WHERE record_name.record_id IN (__[POSTCOMPILE_ids])',
                ('ids',),
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
                            'FROM country ORDER BY coalesce(replace(lower((SELECT shown.title \n'
                            'FROM record_name AS shown \n'
                            'WHERE shown.record_id = country.id AND shown.title IS NOT NULL AND (lower(shown.lang) = ? '
                            'OR lower(shown.lang) LIKE ?) ORDER BY CASE WHEN (lower(shown.lang) = ?) THEN ? ELSE ? '
                            'END, shown.lang\n'
                            ' LIMIT ? OFFSET ?)), ?, ?), country.name), country.id\n'
                            ' LIMIT ? OFFSET ?',
                            ('param_1',
                             'param_1',
                             'param_1',
                             'param_2',
                             'lang',
                             'lang_tags',
                             'lang',
                             'param_3',
                             'param_4',
                             'param_5',
                             'param_6',
                             'replace_1',
                             'replace_2',
                             'limit',
                             'offset'),
                            {'param_1': None,
                             'param_2': False,
                             'param_3': 0,
                             'param_4': 1,
                             'param_5': 1,
                             'param_6': 0,
                             'replace_1': 'ё',
                             'replace_2': 'е'}),
 'tree.page.@outcomes.0': ('SELECT outcome.id AS id, outcome.title AS a, ? AS b, ? AS c, record.date AS date, '
                           'outcome.status AS status, ? AS kids \n'
                           'FROM outcome JOIN record ON record.id = outcome.id \n'
                           'WHERE outcome.meeting_id IS NULL ORDER BY coalesce(record.date_lower, ?), '
                           'coalesce(replace(lower((SELECT shown.title \n'
                           'FROM record_name AS shown \n'
                           'WHERE shown.record_id = outcome.id AND shown.title IS NOT NULL AND (lower(shown.lang) = ? '
                           'OR lower(shown.lang) LIKE ?) ORDER BY CASE WHEN (lower(shown.lang) = ?) THEN ? ELSE ? END, '
                           'shown.lang\n'
                           ' LIMIT ? OFFSET ?)), ?, ?), outcome.title), outcome.id\n'
                           ' LIMIT ? OFFSET ?',
                           ('param_1',
                            'param_1',
                            'param_2',
                            'coalesce_1',
                            'lang',
                            'lang_tags',
                            'lang',
                            'param_3',
                            'param_4',
                            'param_5',
                            'param_6',
                            'replace_1',
                            'replace_2',
                            'limit',
                            'offset'),
                           {'coalesce_1': '',
                            'param_1': None,
                            'param_2': False,
                            'param_3': 0,
                            'param_4': 1,
                            'param_5': 1,
                            'param_6': 0,
                            'replace_1': 'ё',
                            'replace_2': 'е'}),
 'tree.page.@sources.0': ('SELECT source.id AS id, source.title AS a, ? AS b, ? AS c, source.date AS date, ? AS '
                          'status, ? AS kids \n'
                          'FROM source ORDER BY coalesce(source.date, ?), coalesce(replace(lower((SELECT shown.title \n'
                          'FROM record_name AS shown \n'
                          'WHERE shown.record_id = source.id AND shown.title IS NOT NULL AND (lower(shown.lang) = ? OR '
                          'lower(shown.lang) LIKE ?) ORDER BY CASE WHEN (lower(shown.lang) = ?) THEN ? ELSE ? END, '
                          'shown.lang\n'
                          ' LIMIT ? OFFSET ?)), ?, ?), source.title), source.id\n'
                          ' LIMIT ? OFFSET ?',
                          ('param_1',
                           'param_1',
                           'param_1',
                           'param_2',
                           'coalesce_1',
                           'lang',
                           'lang_tags',
                           'lang',
                           'param_3',
                           'param_4',
                           'param_5',
                           'param_6',
                           'replace_1',
                           'replace_2',
                           'limit',
                           'offset'),
                          {'coalesce_1': '',
                           'param_1': None,
                           'param_2': False,
                           'param_3': 0,
                           'param_4': 1,
                           'param_5': 1,
                           'param_6': 0,
                           'replace_1': 'ё',
                           'replace_2': 'е'}),
 'tree.page.@topics.0': ('SELECT topic.id AS id, topic.label AS a, ? AS b, ? AS c, ? AS date, ? AS status, ? AS kids \n'
                         'FROM topic ORDER BY coalesce(replace(lower((SELECT shown.title \n'
                         'FROM record_name AS shown \n'
                         'WHERE shown.record_id = topic.id AND shown.title IS NOT NULL AND (lower(shown.lang) = ? OR '
                         'lower(shown.lang) LIKE ?) ORDER BY CASE WHEN (lower(shown.lang) = ?) THEN ? ELSE ? END, '
                         'shown.lang\n'
                         ' LIMIT ? OFFSET ?)), ?, ?), topic.label), topic.id\n'
                         ' LIMIT ? OFFSET ?',
                         ('param_1',
                          'param_1',
                          'param_1',
                          'param_1',
                          'param_2',
                          'lang',
                          'lang_tags',
                          'lang',
                          'param_3',
                          'param_4',
                          'param_5',
                          'param_6',
                          'replace_1',
                          'replace_2',
                          'limit',
                          'offset'),
                         {'param_1': None,
                          'param_2': False,
                          'param_3': 0,
                          'param_4': 1,
                          'param_5': 1,
                          'param_6': 0,
                          'replace_1': 'ё',
                          'replace_2': 'е'}),
 'tree.page.forum.0': ('SELECT forum.id AS id, forum.name AS a, forum.abbreviation AS b, ? AS c, ? AS date, ? AS '
                       'status, (EXISTS (SELECT * \n'
                       'FROM forum AS sub \n'
                       'WHERE sub.parent_id = forum.id)) OR (EXISTS (SELECT * \n'
                       'FROM process \n'
                       'WHERE process.forum_id = forum.id)) OR (EXISTS (SELECT * \n'
                       'FROM meeting \n'
                       'WHERE meeting.forum_id = forum.id)) AS kids \n'
                       'FROM forum \n'
                       'WHERE forum.parent_id = ? ORDER BY coalesce(replace(lower((SELECT shown.title \n'
                       'FROM record_name AS shown \n'
                       'WHERE shown.record_id = forum.id AND shown.title IS NOT NULL AND (lower(shown.lang) = ? OR '
                       'lower(shown.lang) LIKE ?) ORDER BY CASE WHEN (lower(shown.lang) = ?) THEN ? ELSE ? END, '
                       'shown.lang\n'
                       ' LIMIT ? OFFSET ?)), ?, ?), forum.name), forum.id\n'
                       ' LIMIT ? OFFSET ?',
                       ('param_1',
                        'param_1',
                        'param_1',
                        'parent',
                        'lang',
                        'lang_tags',
                        'lang',
                        'param_2',
                        'param_3',
                        'param_4',
                        'param_5',
                        'replace_1',
                        'replace_2',
                        'limit',
                        'offset'),
                       {'param_1': None,
                        'param_2': 0,
                        'param_3': 1,
                        'param_4': 1,
                        'param_5': 0,
                        'replace_1': 'ё',
                        'replace_2': 'е'}),
 'tree.page.forum.1': ('SELECT process.id AS id, process.title AS a, ? AS b, ? AS c, record.date AS date, ? AS status, '
                       'EXISTS (SELECT * \n'
                       'FROM round \n'
                       'WHERE round.process_id = process.id) AS kids \n'
                       'FROM process JOIN record ON record.id = process.id \n'
                       'WHERE process.forum_id = ? ORDER BY coalesce(replace(lower((SELECT shown.title \n'
                       'FROM record_name AS shown \n'
                       'WHERE shown.record_id = process.id AND shown.title IS NOT NULL AND (lower(shown.lang) = ? OR '
                       'lower(shown.lang) LIKE ?) ORDER BY CASE WHEN (lower(shown.lang) = ?) THEN ? ELSE ? END, '
                       'shown.lang\n'
                       ' LIMIT ? OFFSET ?)), ?, ?), process.title), process.id\n'
                       ' LIMIT ? OFFSET ?',
                       ('param_1',
                        'param_1',
                        'param_1',
                        'parent',
                        'lang',
                        'lang_tags',
                        'lang',
                        'param_2',
                        'param_3',
                        'param_4',
                        'param_5',
                        'replace_1',
                        'replace_2',
                        'limit',
                        'offset'),
                       {'param_1': None,
                        'param_2': 0,
                        'param_3': 1,
                        'param_4': 1,
                        'param_5': 0,
                        'replace_1': 'ё',
                        'replace_2': 'е'}),
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
                       'WHERE meeting.forum_id = ? AND meeting.date_lower IS NULL ORDER BY '
                       'coalesce(replace(lower((SELECT shown.title \n'
                       'FROM record_name AS shown \n'
                       'WHERE shown.record_id = meeting.id AND shown.title IS NOT NULL AND (lower(shown.lang) = ? OR '
                       'lower(shown.lang) LIKE ?) ORDER BY CASE WHEN (lower(shown.lang) = ?) THEN ? ELSE ? END, '
                       'shown.lang\n'
                       ' LIMIT ? OFFSET ?)), ?, ?), meeting.title), meeting.id\n'
                       ' LIMIT ? OFFSET ?',
                       ('param_1',
                        'param_1',
                        'parent',
                        'lang',
                        'lang_tags',
                        'lang',
                        'param_2',
                        'param_3',
                        'param_4',
                        'param_5',
                        'replace_1',
                        'replace_2',
                        'limit',
                        'offset'),
                       {'param_1': None,
                        'param_2': 0,
                        'param_3': 1,
                        'param_4': 1,
                        'param_5': 0,
                        'replace_1': 'ё',
                        'replace_2': 'е'}),
 'tree.page.meeting.0': ('SELECT outcome.id AS id, outcome.title AS a, ? AS b, ? AS c, record.date AS date, '
                         'outcome.status AS status, ? AS kids \n'
                         'FROM outcome JOIN record ON record.id = outcome.id \n'
                         'WHERE outcome.meeting_id = ? ORDER BY coalesce(replace(lower((SELECT shown.title \n'
                         'FROM record_name AS shown \n'
                         'WHERE shown.record_id = outcome.id AND shown.title IS NOT NULL AND (lower(shown.lang) = ? OR '
                         'lower(shown.lang) LIKE ?) ORDER BY CASE WHEN (lower(shown.lang) = ?) THEN ? ELSE ? END, '
                         'shown.lang\n'
                         ' LIMIT ? OFFSET ?)), ?, ?), outcome.title), outcome.id\n'
                         ' LIMIT ? OFFSET ?',
                         ('param_1',
                          'param_1',
                          'param_2',
                          'parent',
                          'lang',
                          'lang_tags',
                          'lang',
                          'param_3',
                          'param_4',
                          'param_5',
                          'param_6',
                          'replace_1',
                          'replace_2',
                          'limit',
                          'offset'),
                         {'param_1': None,
                          'param_2': False,
                          'param_3': 0,
                          'param_4': 1,
                          'param_5': 1,
                          'param_6': 0,
                          'replace_1': 'ё',
                          'replace_2': 'е'}),
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
                     'WHERE forum.parent_id IS NULL ORDER BY coalesce(replace(lower((SELECT shown.title \n'
                     'FROM record_name AS shown \n'
                     'WHERE shown.record_id = forum.id AND shown.title IS NOT NULL AND (lower(shown.lang) = ? OR '
                     'lower(shown.lang) LIKE ?) ORDER BY CASE WHEN (lower(shown.lang) = ?) THEN ? ELSE ? END, '
                     'shown.lang\n'
                     ' LIMIT ? OFFSET ?)), ?, ?), forum.name), forum.id\n'
                     ' LIMIT ? OFFSET ?',
                     ('param_1',
                      'param_1',
                      'param_1',
                      'lang',
                      'lang_tags',
                      'lang',
                      'param_2',
                      'param_3',
                      'param_4',
                      'param_5',
                      'replace_1',
                      'replace_2',
                      'limit',
                      'offset'),
                     {'param_1': None,
                      'param_2': 0,
                      'param_3': 1,
                      'param_4': 1,
                      'param_5': 0,
                      'replace_1': 'ё',
                      'replace_2': 'е'}),
 'tree.page.top.1': ('SELECT process.id AS id, process.title AS a, ? AS b, ? AS c, record.date AS date, ? AS status, '
                     'EXISTS (SELECT * \n'
                     'FROM round \n'
                     'WHERE round.process_id = process.id) AS kids \n'
                     'FROM process JOIN record ON record.id = process.id \n'
                     'WHERE process.forum_id IS NULL ORDER BY coalesce(replace(lower((SELECT shown.title \n'
                     'FROM record_name AS shown \n'
                     'WHERE shown.record_id = process.id AND shown.title IS NOT NULL AND (lower(shown.lang) = ? OR '
                     'lower(shown.lang) LIKE ?) ORDER BY CASE WHEN (lower(shown.lang) = ?) THEN ? ELSE ? END, '
                     'shown.lang\n'
                     ' LIMIT ? OFFSET ?)), ?, ?), process.title), process.id\n'
                     ' LIMIT ? OFFSET ?',
                     ('param_1',
                      'param_1',
                      'param_1',
                      'lang',
                      'lang_tags',
                      'lang',
                      'param_2',
                      'param_3',
                      'param_4',
                      'param_5',
                      'replace_1',
                      'replace_2',
                      'limit',
                      'offset'),
                     {'param_1': None,
                      'param_2': 0,
                      'param_3': 1,
                      'param_4': 1,
                      'param_5': 0,
                      'replace_1': 'ё',
                      'replace_2': 'е'}),
 'tree.parents.forum': ('SELECT forum.id AS id, forum.parent_id AS parent \n'
                        'FROM forum \n'
                        'WHERE forum.id IN (__[POSTCOMPILE_ids])',
                        ('ids',),
                        {}),
 'tree.parents.meeting': ('SELECT meeting.id AS id, meeting.forum_id AS parent \n'
                          'FROM meeting \n'
                          'WHERE meeting.id IN (__[POSTCOMPILE_ids])',
                          ('ids',),
                          {}),
 'tree.parents.outcome': ('SELECT outcome.id AS id, outcome.meeting_id AS parent \n'
                          'FROM outcome \n'
                          'WHERE outcome.id IN (__[POSTCOMPILE_ids])',
                          ('ids',),
                          {}),
 'tree.parents.process': ('SELECT process.id AS id, process.forum_id AS parent \n'
                          'FROM process \n'
                          'WHERE process.id IN (__[POSTCOMPILE_ids])',
                          ('ids',),
                          {}),
 'tree.parents.round': ('SELECT round.id AS id, round.process_id AS parent \n'
                        'FROM round \n'
                        'WHERE round.id IN (__[POSTCOMPILE_ids])',
                        ('ids',),
                        {}),
 'tree.rank.@countries.0': ('SELECT count(*) AS count_1 \n'
                            'FROM (SELECT ? AS anon_2 \n'
                            'FROM country \n'
                            'WHERE (coalesce(replace(lower((SELECT shown.title \n'
                            'FROM record_name AS shown \n'
                            'WHERE shown.record_id = country.id AND shown.title IS NOT NULL AND (lower(shown.lang) = ? '
                            'OR lower(shown.lang) LIKE ?) ORDER BY CASE WHEN (lower(shown.lang) = ?) THEN ? ELSE ? '
                            'END, shown.lang\n'
                            ' LIMIT ? OFFSET ?)), ?, ?), country.name), country.id) < (?, ?)) AS anon_1',
                            ('param_1',
                             'lang',
                             'lang_tags',
                             'lang',
                             'param_2',
                             'param_3',
                             'param_4',
                             'param_5',
                             'replace_1',
                             'replace_2',
                             'k0',
                             'k1'),
                            {'param_1': 1,
                             'param_2': 0,
                             'param_3': 1,
                             'param_4': 1,
                             'param_5': 0,
                             'replace_1': 'ё',
                             'replace_2': 'е'}),
 'tree.rank.@outcomes.0': ('SELECT count(*) AS count_1 \n'
                           'FROM (SELECT ? AS anon_2 \n'
                           'FROM outcome JOIN record ON record.id = outcome.id \n'
                           'WHERE outcome.meeting_id IS NULL AND (coalesce(record.date_lower, ?), '
                           'coalesce(replace(lower((SELECT shown.title \n'
                           'FROM record_name AS shown \n'
                           'WHERE shown.record_id = outcome.id AND shown.title IS NOT NULL AND (lower(shown.lang) = ? '
                           'OR lower(shown.lang) LIKE ?) ORDER BY CASE WHEN (lower(shown.lang) = ?) THEN ? ELSE ? END, '
                           'shown.lang\n'
                           ' LIMIT ? OFFSET ?)), ?, ?), outcome.title), outcome.id) < (?, ?, ?)) AS anon_1',
                           ('param_1',
                            'coalesce_1',
                            'lang',
                            'lang_tags',
                            'lang',
                            'param_2',
                            'param_3',
                            'param_4',
                            'param_5',
                            'replace_1',
                            'replace_2',
                            'k0',
                            'k1',
                            'k2'),
                           {'coalesce_1': '',
                            'param_1': 1,
                            'param_2': 0,
                            'param_3': 1,
                            'param_4': 1,
                            'param_5': 0,
                            'replace_1': 'ё',
                            'replace_2': 'е'}),
 'tree.rank.@sources.0': ('SELECT count(*) AS count_1 \n'
                          'FROM (SELECT ? AS anon_2 \n'
                          'FROM source \n'
                          'WHERE (coalesce(source.date, ?), coalesce(replace(lower((SELECT shown.title \n'
                          'FROM record_name AS shown \n'
                          'WHERE shown.record_id = source.id AND shown.title IS NOT NULL AND (lower(shown.lang) = ? OR '
                          'lower(shown.lang) LIKE ?) ORDER BY CASE WHEN (lower(shown.lang) = ?) THEN ? ELSE ? END, '
                          'shown.lang\n'
                          ' LIMIT ? OFFSET ?)), ?, ?), source.title), source.id) < (?, ?, ?)) AS anon_1',
                          ('param_1',
                           'coalesce_1',
                           'lang',
                           'lang_tags',
                           'lang',
                           'param_2',
                           'param_3',
                           'param_4',
                           'param_5',
                           'replace_1',
                           'replace_2',
                           'k0',
                           'k1',
                           'k2'),
                          {'coalesce_1': '',
                           'param_1': 1,
                           'param_2': 0,
                           'param_3': 1,
                           'param_4': 1,
                           'param_5': 0,
                           'replace_1': 'ё',
                           'replace_2': 'е'}),
 'tree.rank.@topics.0': ('SELECT count(*) AS count_1 \n'
                         'FROM (SELECT ? AS anon_2 \n'
                         'FROM topic \n'
                         'WHERE (coalesce(replace(lower((SELECT shown.title \n'
                         'FROM record_name AS shown \n'
                         'WHERE shown.record_id = topic.id AND shown.title IS NOT NULL AND (lower(shown.lang) = ? OR '
                         'lower(shown.lang) LIKE ?) ORDER BY CASE WHEN (lower(shown.lang) = ?) THEN ? ELSE ? END, '
                         'shown.lang\n'
                         ' LIMIT ? OFFSET ?)), ?, ?), topic.label), topic.id) < (?, ?)) AS anon_1',
                         ('param_1',
                          'lang',
                          'lang_tags',
                          'lang',
                          'param_2',
                          'param_3',
                          'param_4',
                          'param_5',
                          'replace_1',
                          'replace_2',
                          'k0',
                          'k1'),
                         {'param_1': 1,
                          'param_2': 0,
                          'param_3': 1,
                          'param_4': 1,
                          'param_5': 0,
                          'replace_1': 'ё',
                          'replace_2': 'е'}),
 'tree.rank.forum.0': ('SELECT count(*) AS count_1 \n'
                       'FROM (SELECT ? AS anon_2 \n'
                       'FROM forum \n'
                       'WHERE forum.parent_id = ? AND (coalesce(replace(lower((SELECT shown.title \n'
                       'FROM record_name AS shown \n'
                       'WHERE shown.record_id = forum.id AND shown.title IS NOT NULL AND (lower(shown.lang) = ? OR '
                       'lower(shown.lang) LIKE ?) ORDER BY CASE WHEN (lower(shown.lang) = ?) THEN ? ELSE ? END, '
                       'shown.lang\n'
                       ' LIMIT ? OFFSET ?)), ?, ?), forum.name), forum.id) < (?, ?)) AS anon_1',
                       ('param_1',
                        'parent',
                        'lang',
                        'lang_tags',
                        'lang',
                        'param_2',
                        'param_3',
                        'param_4',
                        'param_5',
                        'replace_1',
                        'replace_2',
                        'k0',
                        'k1'),
                       {'param_1': 1,
                        'param_2': 0,
                        'param_3': 1,
                        'param_4': 1,
                        'param_5': 0,
                        'replace_1': 'ё',
                        'replace_2': 'е'}),
 'tree.rank.forum.1': ('SELECT count(*) AS count_1 \n'
                       'FROM (SELECT ? AS anon_2 \n'
                       'FROM process JOIN record ON record.id = process.id \n'
                       'WHERE process.forum_id = ? AND (coalesce(replace(lower((SELECT shown.title \n'
                       'FROM record_name AS shown \n'
                       'WHERE shown.record_id = process.id AND shown.title IS NOT NULL AND (lower(shown.lang) = ? OR '
                       'lower(shown.lang) LIKE ?) ORDER BY CASE WHEN (lower(shown.lang) = ?) THEN ? ELSE ? END, '
                       'shown.lang\n'
                       ' LIMIT ? OFFSET ?)), ?, ?), process.title), process.id) < (?, ?)) AS anon_1',
                       ('param_1',
                        'parent',
                        'lang',
                        'lang_tags',
                        'lang',
                        'param_2',
                        'param_3',
                        'param_4',
                        'param_5',
                        'replace_1',
                        'replace_2',
                        'k0',
                        'k1'),
                       {'param_1': 1,
                        'param_2': 0,
                        'param_3': 1,
                        'param_4': 1,
                        'param_5': 0,
                        'replace_1': 'ё',
                        'replace_2': 'е'}),
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
                       'WHERE meeting.forum_id = ? AND meeting.date_lower IS NULL AND (coalesce(replace(lower((SELECT '
                       'shown.title \n'
                       'FROM record_name AS shown \n'
                       'WHERE shown.record_id = meeting.id AND shown.title IS NOT NULL AND (lower(shown.lang) = ? OR '
                       'lower(shown.lang) LIKE ?) ORDER BY CASE WHEN (lower(shown.lang) = ?) THEN ? ELSE ? END, '
                       'shown.lang\n'
                       ' LIMIT ? OFFSET ?)), ?, ?), meeting.title), meeting.id) < (?, ?)) AS anon_1',
                       ('param_1',
                        'parent',
                        'lang',
                        'lang_tags',
                        'lang',
                        'param_2',
                        'param_3',
                        'param_4',
                        'param_5',
                        'replace_1',
                        'replace_2',
                        'k0',
                        'k1'),
                       {'param_1': 1,
                        'param_2': 0,
                        'param_3': 1,
                        'param_4': 1,
                        'param_5': 0,
                        'replace_1': 'ё',
                        'replace_2': 'е'}),
 'tree.rank.meeting.0': ('SELECT count(*) AS count_1 \n'
                         'FROM (SELECT ? AS anon_2 \n'
                         'FROM outcome JOIN record ON record.id = outcome.id \n'
                         'WHERE outcome.meeting_id = ? AND (coalesce(replace(lower((SELECT shown.title \n'
                         'FROM record_name AS shown \n'
                         'WHERE shown.record_id = outcome.id AND shown.title IS NOT NULL AND (lower(shown.lang) = ? OR '
                         'lower(shown.lang) LIKE ?) ORDER BY CASE WHEN (lower(shown.lang) = ?) THEN ? ELSE ? END, '
                         'shown.lang\n'
                         ' LIMIT ? OFFSET ?)), ?, ?), outcome.title), outcome.id) < (?, ?)) AS anon_1',
                         ('param_1',
                          'parent',
                          'lang',
                          'lang_tags',
                          'lang',
                          'param_2',
                          'param_3',
                          'param_4',
                          'param_5',
                          'replace_1',
                          'replace_2',
                          'k0',
                          'k1'),
                         {'param_1': 1,
                          'param_2': 0,
                          'param_3': 1,
                          'param_4': 1,
                          'param_5': 0,
                          'replace_1': 'ё',
                          'replace_2': 'е'}),
 'tree.rank.process.0': ('SELECT count(*) AS count_1 \n'
                         'FROM (SELECT ? AS anon_2 \n'
                         'FROM round \n'
                         'WHERE round.process_id = ? AND (round.number, round.id) < (?, ?)) AS anon_1',
                         ('param_1', 'parent', 'k0', 'k1'),
                         {'param_1': 1}),
 'tree.rank.top.0': ('SELECT count(*) AS count_1 \n'
                     'FROM (SELECT ? AS anon_2 \n'
                     'FROM forum \n'
                     'WHERE forum.parent_id IS NULL AND (coalesce(replace(lower((SELECT shown.title \n'
                     'FROM record_name AS shown \n'
                     'WHERE shown.record_id = forum.id AND shown.title IS NOT NULL AND (lower(shown.lang) = ? OR '
                     'lower(shown.lang) LIKE ?) ORDER BY CASE WHEN (lower(shown.lang) = ?) THEN ? ELSE ? END, '
                     'shown.lang\n'
                     ' LIMIT ? OFFSET ?)), ?, ?), forum.name), forum.id) < (?, ?)) AS anon_1',
                     ('param_1',
                      'lang',
                      'lang_tags',
                      'lang',
                      'param_2',
                      'param_3',
                      'param_4',
                      'param_5',
                      'replace_1',
                      'replace_2',
                      'k0',
                      'k1'),
                     {'param_1': 1,
                      'param_2': 0,
                      'param_3': 1,
                      'param_4': 1,
                      'param_5': 0,
                      'replace_1': 'ё',
                      'replace_2': 'е'}),
 'tree.rank.top.1': ('SELECT count(*) AS count_1 \n'
                     'FROM (SELECT ? AS anon_2 \n'
                     'FROM process JOIN record ON record.id = process.id \n'
                     'WHERE process.forum_id IS NULL AND (coalesce(replace(lower((SELECT shown.title \n'
                     'FROM record_name AS shown \n'
                     'WHERE shown.record_id = process.id AND shown.title IS NOT NULL AND (lower(shown.lang) = ? OR '
                     'lower(shown.lang) LIKE ?) ORDER BY CASE WHEN (lower(shown.lang) = ?) THEN ? ELSE ? END, '
                     'shown.lang\n'
                     ' LIMIT ? OFFSET ?)), ?, ?), process.title), process.id) < (?, ?)) AS anon_1',
                     ('param_1',
                      'lang',
                      'lang_tags',
                      'lang',
                      'param_2',
                      'param_3',
                      'param_4',
                      'param_5',
                      'replace_1',
                      'replace_2',
                      'k0',
                      'k1'),
                     {'param_1': 1,
                      'param_2': 0,
                      'param_3': 1,
                      'param_4': 1,
                      'param_5': 0,
                      'replace_1': 'ё',
                      'replace_2': 'е'}),
 'views.agenda': ('SELECT agenda_item.meeting_id, agenda_item.pk, agenda_item.position, agenda_item.title, '
                  'agenda_item.description, agenda_topic.topic_id, topic_record.title AS topic_title \n'
                  'FROM agenda_item LEFT OUTER JOIN agenda_topic ON agenda_topic.agenda_item_pk = agenda_item.pk LEFT '
                  'OUTER JOIN record AS topic_record ON topic_record.id = agenda_topic.topic_id \n'
                  'WHERE agenda_item.meeting_id IN (__[POSTCOMPILE_ids]) ORDER BY agenda_item.meeting_id, '
                  'agenda_item.position, agenda_topic.position',
                  ('ids',),
                  {}),
 'views.cites': ('SELECT citation.record_id, citation.pk, citation.path, citation.source_id, source.title AS '
                 'source_title, source.date AS source_date, source.publisher, source.url, citation.quote, '
                 'citation.start, citation."end", citation.paragraph, citation.basis, citation.note \n'
                 'FROM citation LEFT OUTER JOIN source ON source.id = citation.source_id \n'
                 'WHERE citation.record_id IN (__[POSTCOMPILE_ids]) ORDER BY citation.pk',
                 ('ids',),
                 {}),
 'views.countries': ('SELECT country.id, country.code, country.alpha3, country.aliases \n'
                     'FROM country \n'
                     'WHERE country.id IN (__[POSTCOMPILE_ids])',
                     ('ids',),
                     {}),
 'views.country_meeting_count': ('SELECT count(*) AS total \nFROM meeting \nWHERE meeting.country_id = ?',
                                 ('rid',),
                                 {}),
 'views.country_meetings': ('SELECT meeting.id, meeting.title, meeting.date, meeting.city, country_record.title AS '
                            'country_title, meeting.status \n'
                            'FROM meeting LEFT OUTER JOIN record AS country_record ON country_record.id = '
                            'meeting.country_id \n'
                            'WHERE meeting.country_id = ? ORDER BY meeting.date_lower DESC NULLS LAST, meeting.id\n'
                            ' LIMIT ? OFFSET ?',
                            ('rid', 'param_1', 'param_2'),
                            {'param_1': 50, 'param_2': 0}),
 'views.country_memberships': ('SELECT membership.country_id AS owner, membership.position, membership.country_id, '
                               'country_record.title AS country_title, membership.forum_id, forum_record.title AS '
                               'forum_title, membership.role, membership.since, membership.until, '
                               'membership.joined_at, meeting_record.title AS joined_title \n'
                               'FROM membership JOIN record AS country_record ON country_record.id = '
                               'membership.country_id JOIN record AS forum_record ON forum_record.id = '
                               'membership.forum_id LEFT OUTER JOIN record AS meeting_record ON meeting_record.id = '
                               'membership.joined_at \n'
                               'WHERE membership.country_id IN (__[POSTCOMPILE_ids]) ORDER BY membership.country_id, '
                               'membership.forum_id, membership.position',
                               ('ids',),
                               {}),
 'views.figures': ('SELECT figure.forum_id, figure.position, figure.label, figure.value, figure.as_of \n'
                   'FROM figure \n'
                   'WHERE figure.forum_id IN (__[POSTCOMPILE_ids]) ORDER BY figure.forum_id, figure.position',
                   ('ids',),
                   {}),
 'views.forum_meeting_count': ('SELECT count(*) AS total \nFROM meeting \nWHERE meeting.forum_id = ?', ('rid',), {}),
 'views.forum_meetings': ('SELECT meeting.id, meeting.title, meeting.date, meeting.city, country_record.title AS '
                          'country_title, meeting.status \n'
                          'FROM meeting LEFT OUTER JOIN record AS country_record ON country_record.id = '
                          'meeting.country_id \n'
                          'WHERE meeting.forum_id = ? ORDER BY meeting.date_lower DESC NULLS LAST, meeting.id\n'
                          ' LIMIT ? OFFSET ?',
                          ('rid', 'param_1', 'param_2'),
                          {'param_1': 50, 'param_2': 0}),
 'views.forum_members': ('SELECT membership.forum_id AS owner, membership.position, membership.country_id, '
                         'country_record.title AS country_title, membership.forum_id, forum_record.title AS '
                         'forum_title, membership.role, membership.since, membership.until, membership.joined_at, '
                         'meeting_record.title AS joined_title \n'
                         'FROM membership JOIN record AS country_record ON country_record.id = membership.country_id '
                         'JOIN record AS forum_record ON forum_record.id = membership.forum_id LEFT OUTER JOIN record '
                         'AS meeting_record ON meeting_record.id = membership.joined_at \n'
                         'WHERE membership.forum_id IN (__[POSTCOMPILE_ids]) ORDER BY membership.forum_id, '
                         'membership.forum_id, membership.position',
                         ('ids',),
                         {}),
 'views.forum_paths': ('WITH RECURSIVE up(start, id, parent_id, depth) AS \n'
                       '(SELECT forum.id AS start, forum.id AS id, forum.parent_id AS parent_id, ? AS depth \n'
                       'FROM forum \n'
                       'WHERE forum.id IN (__[POSTCOMPILE_ids]) UNION ALL SELECT up.start AS start, parent.id AS id, '
                       'parent.parent_id AS parent_id, up.depth + ? AS anon_1 \n'
                       'FROM up, forum AS parent \n'
                       'WHERE parent.id = up.parent_id AND up.depth < ?)\n'
                       ' SELECT up.start, up.id, record.title \n'
                       'FROM up JOIN record ON record.id = up.id ORDER BY up.start, up.depth',
                       ('param_1', 'ids', 'depth_1', 'depth_2'),
                       {'depth_1': 1, 'depth_2': 31, 'param_1': 0}),
 'views.forum_processes': ('SELECT process.forum_id, process.id, process.title \n'
                           'FROM process \n'
                           'WHERE process.forum_id IN (__[POSTCOMPILE_ids]) ORDER BY process.forum_id, process.title, '
                           'process.id',
                           ('ids',),
                           {}),
 'views.forums': ('SELECT forum.id, forum.name, forum.abbreviation, forum.aliases, forum.kind, forum.founded, '
                  'forum.description, forum.participant_count, forum.parent_id, parent_record.title AS parent_title \n'
                  'FROM forum LEFT OUTER JOIN record AS parent_record ON parent_record.id = forum.parent_id \n'
                  'WHERE forum.id IN (__[POSTCOMPILE_ids])',
                  ('ids',),
                  {}),
 'views.heads': ('SELECT record.id, record.type, record.title, record.date, record.date_lower AS lower, '
                 'record.date_upper AS upper, dataset.as_of, dataset.title AS dataset, meeting.forum_id, '
                 'meeting.ordinal, meeting.level, meeting.city, meeting.country_id, country_record.title AS '
                 'country_title, meeting.status, meeting.status_as_of, meeting.description, meeting.sidelines \n'
                 'FROM record LEFT OUTER JOIN dataset ON dataset.id = record.origin LEFT OUTER JOIN meeting ON '
                 'meeting.id = record.id LEFT OUTER JOIN record AS country_record ON country_record.id = '
                 'meeting.country_id \n'
                 'WHERE record.id IN (__[POSTCOMPILE_ids])',
                 ('ids',),
                 {}),
 'views.joined_at': ('SELECT m.id AS meeting_id, membership.country_id, country_record.title AS country_title \n'
                     'FROM meeting AS m JOIN membership ON membership.forum_id = m.forum_id AND membership.joined_at = '
                     'm.id JOIN record AS country_record ON country_record.id = membership.country_id \n'
                     'WHERE m.id IN (__[POSTCOMPILE_ids]) ORDER BY m.id, membership.position',
                     ('ids',),
                     {}),
 'views.meeting_processes': ('SELECT m.id AS meeting_id, process.id, process.title, round_before.id AS before_id, '
                             'before_record.title AS before_title, round_before.date AS before_date, '
                             'round_before.status AS before_status, round_after.id AS after_id, after_record.title AS '
                             'after_title, round_after.date AS after_date, round_after.status AS after_status \n'
                             'FROM meeting AS m JOIN process ON process.forum_id = m.forum_id LEFT OUTER JOIN round AS '
                             'round_before ON round_before.id = (SELECT before_round.id \n'
                             'FROM round AS before_round \n'
                             'WHERE before_round.process_id = process.id AND before_round.date_upper < m.date_lower '
                             'ORDER BY before_round.number DESC\n'
                             ' LIMIT ? OFFSET ?) LEFT OUTER JOIN record AS before_record ON before_record.id = '
                             'round_before.id LEFT OUTER JOIN round AS round_after ON round_after.id = (SELECT '
                             'after_round.id \n'
                             'FROM round AS after_round \n'
                             'WHERE after_round.process_id = process.id AND after_round.date_lower > m.date_upper '
                             'ORDER BY after_round.number\n'
                             ' LIMIT ? OFFSET ?) LEFT OUTER JOIN record AS after_record ON after_record.id = '
                             'round_after.id \n'
                             'WHERE m.id IN (__[POSTCOMPILE_ids]) ORDER BY m.id, process.title, process.id',
                             ('param_1', 'param_2', 'param_3', 'param_4', 'ids'),
                             {'param_1': 1, 'param_2': 0, 'param_3': 1, 'param_4': 0}),
 'views.names': ('SELECT record_name.record_id, record_name.lang, record_name.title, record_name.abbreviation, '
                 'record_name.aliases, record_name.publisher, record_name.city, record_name.goal, '
                 'record_name.description, record_name.sidelines, record_name.figures, record_name.participants, '
                 'record_name.agenda \n'
                 'FROM record_name \n'
                 'WHERE record_name.record_id IN (__[POSTCOMPILE_ids]) ORDER BY record_name.record_id, '
                 'record_name.position',
                 ('ids',),
                 {}),
 'views.outcome_heads': ('SELECT outcome.id, outcome.kind, outcome.status, outcome.status_as_of, outcome.period, '
                         'outcome.description, outcome.meeting_id, meeting.title AS meeting_title, meeting.date AS '
                         'meeting_date, meeting.status AS meeting_status, meeting.forum_id, forum_record.title AS '
                         'forum_title \n'
                         'FROM outcome LEFT OUTER JOIN meeting ON meeting.id = outcome.meeting_id LEFT OUTER JOIN '
                         'record AS forum_record ON forum_record.id = meeting.forum_id \n'
                         'WHERE outcome.id IN (__[POSTCOMPILE_ids])',
                         ('ids',),
                         {}),
 'views.outcome_links': ('SELECT anon_1.outcome_id, anon_1.outward, anon_1.position, anon_1.other_id, '
                         'anon_1.relation \n'
                         'FROM (SELECT outcome_link.outcome_id AS outcome_id, ? AS outward, outcome_link.position AS '
                         'position, outcome_link.target_id AS other_id, outcome_link.relation AS relation \n'
                         'FROM outcome_link \n'
                         'WHERE outcome_link.outcome_id IN (__[POSTCOMPILE_ids]) UNION ALL SELECT '
                         'outcome_link.target_id AS target_id, ? AS anon_2, outcome_link.position AS position, '
                         'outcome_link.outcome_id AS outcome_id, outcome_link.relation AS relation \n'
                         'FROM outcome_link \n'
                         'WHERE outcome_link.target_id IN (__[POSTCOMPILE_ids]) AND outcome_link.outcome_id != '
                         'outcome_link.target_id) AS anon_1 ORDER BY anon_1.outcome_id, anon_1.outward DESC, '
                         'anon_1.position, anon_1.other_id',
                         ('param_1', 'ids', 'param_2', 'ids'),
                         {'param_1': 1, 'param_2': 0}),
 'views.outcomes': ('SELECT outcome.meeting_id, outcome.id, outcome.title, outcome.kind, outcome.status, '
                    'outcome.status_as_of, outcome.date \n'
                    'FROM outcome \n'
                    'WHERE outcome.meeting_id IN (__[POSTCOMPILE_ids]) ORDER BY outcome.meeting_id, outcome.title',
                    ('ids',),
                    {}),
 'views.participants': ('SELECT participant.meeting_id, participant.country_id, country_record.title AS country_title, '
                        'participant.position, participant.organisation, participant.head, participant.head_title \n'
                        'FROM participant LEFT OUTER JOIN record AS country_record ON country_record.id = '
                        'participant.country_id \n'
                        'WHERE participant.meeting_id IN (__[POSTCOMPILE_ids]) ORDER BY participant.meeting_id, '
                        'participant.position',
                        ('ids',),
                        {}),
 'views.passage': ('SELECT citation.pk, citation.source_id, citation.quote, citation.start, citation."end" \n'
                   'FROM citation \n'
                   'WHERE citation.pk = ?',
                   ('pk',),
                   {}),
 'views.process_rounds': ('SELECT round.process_id, round.id, record.title, round.number, round.date, round.city, '
                          'country_record.title AS country_title, round.status \n'
                          'FROM round JOIN record ON record.id = round.id LEFT OUTER JOIN record AS country_record ON '
                          'country_record.id = round.country_id \n'
                          'WHERE round.process_id IN (__[POSTCOMPILE_ids]) ORDER BY round.process_id, round.number',
                          ('ids',),
                          {}),
 'views.processes': ('SELECT process.id, process.goal, process.description, process.forum_id, forum_record.title AS '
                     'forum_title \n'
                     'FROM process LEFT OUTER JOIN record AS forum_record ON forum_record.id = process.forum_id \n'
                     'WHERE process.id IN (__[POSTCOMPILE_ids])',
                     ('ids',),
                     {}),
 'views.refs': ('SELECT record.id, record.type, record.title, record.date, coalesce(meeting.status, round.status, '
                'outcome.status) AS status \n'
                'FROM record LEFT OUTER JOIN meeting ON meeting.id = record.id LEFT OUTER JOIN round ON round.id = '
                'record.id LEFT OUTER JOIN outcome ON outcome.id = record.id \n'
                'WHERE record.id IN (__[POSTCOMPILE_ids])',
                ('ids',),
                {}),
 'views.round_names': ('SELECT round.id, round.number, round.city, round.process_id \n'
                       'FROM round \n'
                       'WHERE round.id IN (__[POSTCOMPILE_ids])',
                       ('ids',),
                       {}),
 'views.rounds': ('SELECT round.id, round.process_id, process_record.title AS process_title, process.forum_id, '
                  'forum_record.title AS forum_title, round.number, (SELECT max(same.number) AS max_1 \n'
                  'FROM round AS same \n'
                  'WHERE same.process_id = round.process_id) AS last, round.city, round.country_id, '
                  'country_record.title AS country_title, round.status, round.description, (SELECT previous_near.id \n'
                  'FROM round AS previous_near \n'
                  'WHERE previous_near.process_id = round.process_id AND previous_near.number < round.number ORDER BY '
                  'previous_near.number DESC\n'
                  ' LIMIT ? OFFSET ?) AS previous_id, (SELECT next_near.id \n'
                  'FROM round AS next_near \n'
                  'WHERE next_near.process_id = round.process_id AND next_near.number > round.number ORDER BY '
                  'next_near.number\n'
                  ' LIMIT ? OFFSET ?) AS next_id \n'
                  'FROM round JOIN record AS process_record ON process_record.id = round.process_id LEFT OUTER JOIN '
                  'process ON process.id = round.process_id LEFT OUTER JOIN record AS forum_record ON forum_record.id '
                  '= process.forum_id LEFT OUTER JOIN record AS country_record ON country_record.id = '
                  'round.country_id \n'
                  'WHERE round.id IN (__[POSTCOMPILE_ids])',
                  ('param_1', 'param_2', 'param_3', 'param_4', 'ids'),
                  {'param_1': 1, 'param_2': 0, 'param_3': 1, 'param_4': 0}),
 'views.series': ('SELECT m.id, previous_meeting.id AS previous_id, previous_meeting.title AS previous_title, '
                  'previous_meeting.date AS previous_date, previous_meeting.status AS previous_status, next_meeting.id '
                  'AS next_id, next_meeting.title AS next_title, next_meeting.date AS next_date, next_meeting.status '
                  'AS next_status \n'
                  'FROM meeting AS m LEFT OUTER JOIN meeting AS previous_meeting ON previous_meeting.id = (SELECT '
                  'previous_candidate.id \n'
                  'FROM meeting AS previous_candidate \n'
                  'WHERE previous_candidate.forum_id = m.forum_id AND previous_candidate.level IS m.level AND '
                  'previous_candidate.date_lower <= m.date_lower AND (previous_candidate.date_lower, '
                  'coalesce(previous_candidate.ordinal, ?), previous_candidate.date_upper, previous_candidate.id) < '
                  '(m.date_lower, coalesce(m.ordinal, ?), m.date_upper, m.id) ORDER BY previous_candidate.date_lower '
                  'DESC, coalesce(previous_candidate.ordinal, ?) DESC, previous_candidate.date_upper DESC, '
                  'previous_candidate.id DESC\n'
                  ' LIMIT ? OFFSET ?) LEFT OUTER JOIN meeting AS next_meeting ON next_meeting.id = (SELECT '
                  'next_candidate.id \n'
                  'FROM meeting AS next_candidate \n'
                  'WHERE next_candidate.forum_id = m.forum_id AND next_candidate.level IS m.level AND '
                  'next_candidate.date_lower >= m.date_lower AND (next_candidate.date_lower, '
                  'coalesce(next_candidate.ordinal, ?), next_candidate.date_upper, next_candidate.id) > (m.date_lower, '
                  'coalesce(m.ordinal, ?), m.date_upper, m.id) ORDER BY next_candidate.date_lower, '
                  'coalesce(next_candidate.ordinal, ?), next_candidate.date_upper, next_candidate.id\n'
                  ' LIMIT ? OFFSET ?) \n'
                  'WHERE m.id IN (__[POSTCOMPILE_ids]) AND m.date_lower IS NOT NULL',
                  ('coalesce_1',
                   'coalesce_2',
                   'coalesce_3',
                   'param_1',
                   'param_2',
                   'coalesce_4',
                   'coalesce_5',
                   'coalesce_6',
                   'param_3',
                   'param_4',
                   'ids'),
                  {'coalesce_1': 2147483647,
                   'coalesce_2': 2147483647,
                   'coalesce_3': 2147483647,
                   'coalesce_4': 2147483647,
                   'coalesce_5': 2147483647,
                   'coalesce_6': 2147483647,
                   'param_1': 1,
                   'param_2': 0,
                   'param_3': 1,
                   'param_4': 0}),
 'views.source_citing': ('SELECT DISTINCT citation.record_id \n'
                         'FROM citation \n'
                         'WHERE citation.source_id = ?\n'
                         ' LIMIT ? OFFSET ?',
                         ('rid', 'param_1', 'param_2'),
                         {'param_1': 50, 'param_2': 0}),
 'views.source_citing_count': ('SELECT count(*) AS total \n'
                               'FROM (SELECT DISTINCT citation.record_id AS record_id \n'
                               'FROM citation \n'
                               'WHERE citation.source_id = ?\n'
                               ' LIMIT ? OFFSET ?) AS anon_1',
                               ('rid', 'param_1', 'param_2'),
                               {'param_1': 10001, 'param_2': 0}),
 'views.source_text': ('SELECT source.id, source.title, source.publisher, source.date, source.text \n'
                       'FROM source \n'
                       'WHERE source.id = ?',
                       ('rid',),
                       {}),
 'views.sources': ('SELECT source.id, source.publisher, source.languages, source.url, source.text \n'
                   'FROM source \n'
                   'WHERE source.id IN (__[POSTCOMPILE_ids])',
                   ('ids',),
                   {}),
 'views.subforums': ('SELECT forum.parent_id, forum.id, forum.name \n'
                     'FROM forum \n'
                     'WHERE forum.parent_id IN (__[POSTCOMPILE_ids]) ORDER BY forum.parent_id, forum.name, forum.id',
                     ('ids',),
                     {}),
 'views.topic_meeting_count': ('SELECT count(*) AS total \n'
                               'FROM meeting \n'
                               'WHERE meeting.id IN (SELECT agenda_item.meeting_id \n'
                               'FROM agenda_item JOIN agenda_topic ON agenda_topic.agenda_item_pk = agenda_item.pk \n'
                               'WHERE agenda_topic.topic_id = ?)',
                               ('rid',),
                               {}),
 'views.topic_meetings': ('SELECT meeting.id, meeting.title, meeting.date, meeting.city, country_record.title AS '
                          'country_title, meeting.status \n'
                          'FROM meeting LEFT OUTER JOIN record AS country_record ON country_record.id = '
                          'meeting.country_id \n'
                          'WHERE meeting.id IN (SELECT agenda_item.meeting_id \n'
                          'FROM agenda_item JOIN agenda_topic ON agenda_topic.agenda_item_pk = agenda_item.pk \n'
                          'WHERE agenda_topic.topic_id = ?) ORDER BY meeting.date_lower DESC NULLS LAST, meeting.id\n'
                          ' LIMIT ? OFFSET ?',
                          ('rid', 'param_1', 'param_2'),
                          {'param_1': 50, 'param_2': 0}),
 'views.topics': ('SELECT topic.id, topic.description \nFROM topic \nWHERE topic.id IN (__[POSTCOMPILE_ids])',
                  ('ids',),
                  {}),
 'views.venues': ('SELECT round.id, round.city, round.country_id, country_record.title AS country_title \n'
                  'FROM round LEFT OUTER JOIN record AS country_record ON country_record.id = round.country_id \n'
                  'WHERE round.id IN (__[POSTCOMPILE_ids]) UNION ALL SELECT meeting.id, meeting.city, '
                  'meeting.country_id, country_record.title AS country_title \n'
                  'FROM meeting LEFT OUTER JOIN record AS country_record ON country_record.id = meeting.country_id \n'
                  'WHERE meeting.id IN (__[POSTCOMPILE_ids])',
                  ('ids', 'ids'),
                  {})}

#: psycopg's text (pyformat placeholders), the literal parameters, and each expanding list's element cast.
POSTGRESQL: dict[str, tuple[str, dict[str, Any], dict[str, str]]] = {'dataset.version': ('SELECT dataset.version \nFROM dataset \nWHERE dataset.id = %(id)s::VARCHAR', {}, {}),
 'record.counts': ('SELECT record.type, count(*) AS records \nFROM record GROUP BY record.type', {}, {}),
 'record.last_change': ('SELECT revision.author, revision.at \n'
                        'FROM revision \n'
                        'WHERE revision.record_id = %(rid)s::VARCHAR AND revision.action != %(action_1)s::VARCHAR '
                        'ORDER BY revision.id DESC \n'
                        ' LIMIT %(param_1)s::INTEGER',
                        {'action_1': 'note', 'param_1': 1},
                        {}),
 'record.note': ('SELECT note.text \nFROM note \nWHERE note.record_id = %(rid)s::VARCHAR', {}, {}),
 'record.of_type': ('SELECT record.id, record.title AS label \n'
                    'FROM record \n'
                    'WHERE record.type = %(kind)s::VARCHAR ORDER BY record.title, record.id \n'
                    ' LIMIT %(limit)s',
                    {},
                    {}),
 'record.source_summaries': ('SELECT source.id, source.title, source.publisher, source.date \n'
                             'FROM source ORDER BY source.date ASC NULLS FIRST, source.id \n'
                             ' LIMIT %(limit)s',
                             {},
                             {}),
 'record.title': ('SELECT record.title \nFROM record \nWHERE record.id = %(rid)s::VARCHAR', {}, {}),
 'record.type': ('SELECT record.type \nFROM record \nWHERE record.id = %(rid)s::VARCHAR', {}, {}),
 'record.types_of': ('SELECT record.id, record.type \nFROM record \nWHERE record.id IN (__[POSTCOMPILE_ids])',
                     {},
                     {'ids': '::VARCHAR'}),
 'timeline.date_extent': ('SELECT min(meeting.date_lower) AS first, max(meeting.date_upper) AS last \n'
                          'FROM meeting \n'
                          'WHERE meeting.forum_id IN (__[POSTCOMPILE_forums]) AND meeting.date_lower IS NOT NULL',
                          {},
                          {'forums': '::VARCHAR'}),
 'timeline.first_process': ('SELECT process.id \nFROM process ORDER BY process.title \n LIMIT %(param_1)s::INTEGER',
                            {'param_1': 1},
                            {}),
 'timeline.forums': ('SELECT forum.id, forum.name, forum.abbreviation \nFROM forum ORDER BY forum.name, forum.id',
                     {},
                     {}),
 'timeline.latest_source': ('SELECT max(source.date) AS latest \n'
                            'FROM source \n'
                            'WHERE source.id IN (SELECT citation.source_id \n'
                            'FROM citation \n'
                            'WHERE citation.record_id IN (__[POSTCOMPILE_ids]))',
                            {},
                            {'ids': '::VARCHAR'}),
 'timeline.meeting_events': ('SELECT meeting.id, meeting.title, meeting.date, meeting.date_lower AS lower, '
                             'meeting.date_upper AS upper, meeting.status, meeting.forum_id \n'
                             'FROM meeting \n'
                             'WHERE meeting.forum_id IN (__[POSTCOMPILE_forums]) AND meeting.date_lower <= '
                             '%(upper)s::VARCHAR AND meeting.date_upper >= %(lower)s::VARCHAR ORDER BY '
                             'meeting.date_lower, meeting.id \n'
                             ' LIMIT %(limit)s',
                             {},
                             {'forums': '::VARCHAR'}),
 'timeline.meeting_extents': ('SELECT meeting.forum_id, min(meeting.date_lower) AS first, max(meeting.date_upper) AS '
                              'last \n'
                              'FROM meeting \n'
                              'WHERE meeting.forum_id IN (__[POSTCOMPILE_forums]) AND meeting.date_lower IS NOT NULL '
                              'GROUP BY meeting.forum_id',
                              {},
                              {'forums': '::VARCHAR'}),
 'timeline.process_rounds': ('SELECT round.id, round.number, round.city, round.date, round.date_lower AS lower, '
                             'round.date_upper AS upper, round.status \n'
                             'FROM round \n'
                             'WHERE round.process_id = %(rid)s::VARCHAR AND round.date_lower IS NOT NULL ORDER BY '
                             'round.date_lower, round.number',
                             {},
                             {}),
 'timeline.process_title': ('SELECT process.title \nFROM process \nWHERE process.id = %(rid)s::VARCHAR', {}, {}),
 'timeline.processes': ('SELECT process.id, process.title AS label \nFROM process ORDER BY process.title, process.id',
                        {},
                        {}),
 'tree.among.@countries.0': ('SELECT country.id AS id, country.name AS a, country.code AS b, %(param_1)s AS c, '
                             '%(param_1)s AS date, %(param_1)s AS status, %(param_2)s AS kids, '
                             'coalesce(replace(lower(((SELECT shown.title \n'
                             'FROM record_name AS shown \n'
                             'WHERE shown.record_id = country.id AND shown.title IS NOT NULL AND (lower(shown.lang) = '
                             '%(lang)s OR lower(shown.lang) LIKE %(lang_tags)s) ORDER BY CASE WHEN (lower(shown.lang) '
                             '= %(lang)s) THEN %(param_3)s::INTEGER ELSE %(param_4)s::INTEGER END, shown.lang \n'
                             ' LIMIT %(param_5)s::INTEGER)) COLLATE "default") COLLATE "C", %(replace_1)s::VARCHAR, '
                             '%(replace_2)s::VARCHAR), country.name) AS k0, country.id AS k1 \n'
                             'FROM country \n'
                             'WHERE country.id IN (__[POSTCOMPILE_ids])',
                             {'param_1': None,
                              'param_2': False,
                              'param_3': 0,
                              'param_4': 1,
                              'param_5': 1,
                              'replace_1': 'ё',
                              'replace_2': 'е'},
                             {'ids': '::VARCHAR'}),
 'tree.among.@outcomes.0': ('SELECT outcome.id AS id, outcome.title AS a, %(param_1)s AS b, %(param_1)s AS c, '
                            'record.date AS date, outcome.status AS status, %(param_2)s AS kids, '
                            'coalesce(record.date_lower, %(coalesce_1)s::VARCHAR) AS k0, '
                            'coalesce(replace(lower(((SELECT shown.title \n'
                            'FROM record_name AS shown \n'
                            'WHERE shown.record_id = outcome.id AND shown.title IS NOT NULL AND (lower(shown.lang) = '
                            '%(lang)s OR lower(shown.lang) LIKE %(lang_tags)s) ORDER BY CASE WHEN (lower(shown.lang) = '
                            '%(lang)s) THEN %(param_3)s::INTEGER ELSE %(param_4)s::INTEGER END, shown.lang \n'
                            ' LIMIT %(param_5)s::INTEGER)) COLLATE "default") COLLATE "C", %(replace_1)s::VARCHAR, '
                            '%(replace_2)s::VARCHAR), outcome.title) AS k1, outcome.id AS k2 \n'
                            'FROM outcome JOIN record ON record.id = outcome.id \n'
                            'WHERE outcome.meeting_id IS NULL AND outcome.id IN (__[POSTCOMPILE_ids])',
                            {'coalesce_1': '',
                             'param_1': None,
                             'param_2': False,
                             'param_3': 0,
                             'param_4': 1,
                             'param_5': 1,
                             'replace_1': 'ё',
                             'replace_2': 'е'},
                            {'ids': '::VARCHAR'}),
 'tree.among.@sources.0': ('SELECT source.id AS id, source.title AS a, %(param_1)s AS b, %(param_1)s AS c, source.date '
                           'AS date, %(param_1)s AS status, %(param_2)s AS kids, coalesce(source.date, '
                           '%(coalesce_1)s::VARCHAR) AS k0, coalesce(replace(lower(((SELECT shown.title \n'
                           'FROM record_name AS shown \n'
                           'WHERE shown.record_id = source.id AND shown.title IS NOT NULL AND (lower(shown.lang) = '
                           '%(lang)s OR lower(shown.lang) LIKE %(lang_tags)s) ORDER BY CASE WHEN (lower(shown.lang) = '
                           '%(lang)s) THEN %(param_3)s::INTEGER ELSE %(param_4)s::INTEGER END, shown.lang \n'
                           ' LIMIT %(param_5)s::INTEGER)) COLLATE "default") COLLATE "C", %(replace_1)s::VARCHAR, '
                           '%(replace_2)s::VARCHAR), source.title) AS k1, source.id AS k2 \n'
                           'FROM source \n'
                           'WHERE source.id IN (__[POSTCOMPILE_ids])',
                           {'coalesce_1': '',
                            'param_1': None,
                            'param_2': False,
                            'param_3': 0,
                            'param_4': 1,
                            'param_5': 1,
                            'replace_1': 'ё',
                            'replace_2': 'е'},
                           {'ids': '::VARCHAR'}),
 'tree.among.@topics.0': ('SELECT topic.id AS id, topic.label AS a, %(param_1)s AS b, %(param_1)s AS c, %(param_1)s AS '
                          'date, %(param_1)s AS status, %(param_2)s AS kids, coalesce(replace(lower(((SELECT '
                          'shown.title \n'
                          'FROM record_name AS shown \n'
                          'WHERE shown.record_id = topic.id AND shown.title IS NOT NULL AND (lower(shown.lang) = '
                          '%(lang)s OR lower(shown.lang) LIKE %(lang_tags)s) ORDER BY CASE WHEN (lower(shown.lang) = '
                          '%(lang)s) THEN %(param_3)s::INTEGER ELSE %(param_4)s::INTEGER END, shown.lang \n'
                          ' LIMIT %(param_5)s::INTEGER)) COLLATE "default") COLLATE "C", %(replace_1)s::VARCHAR, '
                          '%(replace_2)s::VARCHAR), topic.label) AS k0, topic.id AS k1 \n'
                          'FROM topic \n'
                          'WHERE topic.id IN (__[POSTCOMPILE_ids])',
                          {'param_1': None,
                           'param_2': False,
                           'param_3': 0,
                           'param_4': 1,
                           'param_5': 1,
                           'replace_1': 'ё',
                           'replace_2': 'е'},
                          {'ids': '::VARCHAR'}),
 'tree.among.forum.0': ('SELECT forum.id AS id, forum.name AS a, forum.abbreviation AS b, %(param_1)s AS c, '
                        '%(param_1)s AS date, %(param_1)s AS status, (EXISTS (SELECT * \n'
                        'FROM forum AS sub \n'
                        'WHERE sub.parent_id = forum.id)) OR (EXISTS (SELECT * \n'
                        'FROM process \n'
                        'WHERE process.forum_id = forum.id)) OR (EXISTS (SELECT * \n'
                        'FROM meeting \n'
                        'WHERE meeting.forum_id = forum.id)) AS kids, coalesce(replace(lower(((SELECT shown.title \n'
                        'FROM record_name AS shown \n'
                        'WHERE shown.record_id = forum.id AND shown.title IS NOT NULL AND (lower(shown.lang) = '
                        '%(lang)s OR lower(shown.lang) LIKE %(lang_tags)s) ORDER BY CASE WHEN (lower(shown.lang) = '
                        '%(lang)s) THEN %(param_2)s::INTEGER ELSE %(param_3)s::INTEGER END, shown.lang \n'
                        ' LIMIT %(param_4)s::INTEGER)) COLLATE "default") COLLATE "C", %(replace_1)s::VARCHAR, '
                        '%(replace_2)s::VARCHAR), forum.name) AS k0, forum.id AS k1 \n'
                        'FROM forum \n'
                        'WHERE forum.parent_id = %(parent)s::VARCHAR AND forum.id IN (__[POSTCOMPILE_ids])',
                        {'param_1': None, 'param_2': 0, 'param_3': 1, 'param_4': 1, 'replace_1': 'ё', 'replace_2': 'е'},
                        {'ids': '::VARCHAR'}),
 'tree.among.forum.1': ('SELECT process.id AS id, process.title AS a, %(param_1)s AS b, %(param_1)s AS c, record.date '
                        'AS date, %(param_1)s AS status, EXISTS (SELECT * \n'
                        'FROM round \n'
                        'WHERE round.process_id = process.id) AS kids, coalesce(replace(lower(((SELECT shown.title \n'
                        'FROM record_name AS shown \n'
                        'WHERE shown.record_id = process.id AND shown.title IS NOT NULL AND (lower(shown.lang) = '
                        '%(lang)s OR lower(shown.lang) LIKE %(lang_tags)s) ORDER BY CASE WHEN (lower(shown.lang) = '
                        '%(lang)s) THEN %(param_2)s::INTEGER ELSE %(param_3)s::INTEGER END, shown.lang \n'
                        ' LIMIT %(param_4)s::INTEGER)) COLLATE "default") COLLATE "C", %(replace_1)s::VARCHAR, '
                        '%(replace_2)s::VARCHAR), process.title) AS k0, process.id AS k1 \n'
                        'FROM process JOIN record ON record.id = process.id \n'
                        'WHERE process.forum_id = %(parent)s::VARCHAR AND process.id IN (__[POSTCOMPILE_ids])',
                        {'param_1': None, 'param_2': 0, 'param_3': 1, 'param_4': 1, 'replace_1': 'ё', 'replace_2': 'е'},
                        {'ids': '::VARCHAR'}),
 'tree.among.forum.2': ('SELECT meeting.id AS id, meeting.title AS a, %(param_1)s AS b, %(param_1)s AS c, meeting.date '
                        'AS date, meeting.status AS status, EXISTS (SELECT * \n'
                        'FROM outcome \n'
                        'WHERE outcome.meeting_id = meeting.id) AS kids, meeting.date_lower AS k0, meeting.date_upper '
                        'AS k1, meeting.id AS k2 \n'
                        'FROM meeting \n'
                        'WHERE meeting.forum_id = %(parent)s::VARCHAR AND meeting.date_lower IS NOT NULL AND '
                        'meeting.id IN (__[POSTCOMPILE_ids])',
                        {'param_1': None},
                        {'ids': '::VARCHAR'}),
 'tree.among.forum.3': ('SELECT meeting.id AS id, meeting.title AS a, %(param_1)s AS b, %(param_1)s AS c, meeting.date '
                        'AS date, meeting.status AS status, EXISTS (SELECT * \n'
                        'FROM outcome \n'
                        'WHERE outcome.meeting_id = meeting.id) AS kids, coalesce(replace(lower(((SELECT shown.title \n'
                        'FROM record_name AS shown \n'
                        'WHERE shown.record_id = meeting.id AND shown.title IS NOT NULL AND (lower(shown.lang) = '
                        '%(lang)s OR lower(shown.lang) LIKE %(lang_tags)s) ORDER BY CASE WHEN (lower(shown.lang) = '
                        '%(lang)s) THEN %(param_2)s::INTEGER ELSE %(param_3)s::INTEGER END, shown.lang \n'
                        ' LIMIT %(param_4)s::INTEGER)) COLLATE "default") COLLATE "C", %(replace_1)s::VARCHAR, '
                        '%(replace_2)s::VARCHAR), meeting.title) AS k0, meeting.id AS k1 \n'
                        'FROM meeting \n'
                        'WHERE meeting.forum_id = %(parent)s::VARCHAR AND meeting.date_lower IS NULL AND meeting.id IN '
                        '(__[POSTCOMPILE_ids])',
                        {'param_1': None, 'param_2': 0, 'param_3': 1, 'param_4': 1, 'replace_1': 'ё', 'replace_2': 'е'},
                        {'ids': '::VARCHAR'}),
 'tree.among.meeting.0': ('SELECT outcome.id AS id, outcome.title AS a, %(param_1)s AS b, %(param_1)s AS c, '
                          'record.date AS date, outcome.status AS status, %(param_2)s AS kids, '
                          'coalesce(replace(lower(((SELECT shown.title \n'
                          'FROM record_name AS shown \n'
                          'WHERE shown.record_id = outcome.id AND shown.title IS NOT NULL AND (lower(shown.lang) = '
                          '%(lang)s OR lower(shown.lang) LIKE %(lang_tags)s) ORDER BY CASE WHEN (lower(shown.lang) = '
                          '%(lang)s) THEN %(param_3)s::INTEGER ELSE %(param_4)s::INTEGER END, shown.lang \n'
                          ' LIMIT %(param_5)s::INTEGER)) COLLATE "default") COLLATE "C", %(replace_1)s::VARCHAR, '
                          '%(replace_2)s::VARCHAR), outcome.title) AS k0, outcome.id AS k1 \n'
                          'FROM outcome JOIN record ON record.id = outcome.id \n'
                          'WHERE outcome.meeting_id = %(parent)s::VARCHAR AND outcome.id IN (__[POSTCOMPILE_ids])',
                          {'param_1': None,
                           'param_2': False,
                           'param_3': 0,
                           'param_4': 1,
                           'param_5': 1,
                           'replace_1': 'ё',
                           'replace_2': 'е'},
                          {'ids': '::VARCHAR'}),
 'tree.among.process.0': ('SELECT round.id AS id, round.number AS a, round.city AS b, %(param_1)s AS c, round.date AS '
                          'date, round.status AS status, %(param_2)s AS kids, round.number AS k0, round.id AS k1 \n'
                          'FROM round \n'
                          'WHERE round.process_id = %(parent)s::VARCHAR AND round.id IN (__[POSTCOMPILE_ids])',
                          {'param_1': None, 'param_2': False},
                          {'ids': '::VARCHAR'}),
 'tree.among.top.0': ('SELECT forum.id AS id, forum.name AS a, forum.abbreviation AS b, %(param_1)s AS c, %(param_1)s '
                      'AS date, %(param_1)s AS status, (EXISTS (SELECT * \n'
                      'FROM forum AS sub \n'
                      'WHERE sub.parent_id = forum.id)) OR (EXISTS (SELECT * \n'
                      'FROM process \n'
                      'WHERE process.forum_id = forum.id)) OR (EXISTS (SELECT * \n'
                      'FROM meeting \n'
                      'WHERE meeting.forum_id = forum.id)) AS kids, coalesce(replace(lower(((SELECT shown.title \n'
                      'FROM record_name AS shown \n'
                      'WHERE shown.record_id = forum.id AND shown.title IS NOT NULL AND (lower(shown.lang) = %(lang)s '
                      'OR lower(shown.lang) LIKE %(lang_tags)s) ORDER BY CASE WHEN (lower(shown.lang) = %(lang)s) THEN '
                      '%(param_2)s::INTEGER ELSE %(param_3)s::INTEGER END, shown.lang \n'
                      ' LIMIT %(param_4)s::INTEGER)) COLLATE "default") COLLATE "C", %(replace_1)s::VARCHAR, '
                      '%(replace_2)s::VARCHAR), forum.name) AS k0, forum.id AS k1 \n'
                      'FROM forum \n'
                      'WHERE forum.parent_id IS NULL AND forum.id IN (__[POSTCOMPILE_ids])',
                      {'param_1': None, 'param_2': 0, 'param_3': 1, 'param_4': 1, 'replace_1': 'ё', 'replace_2': 'е'},
                      {'ids': '::VARCHAR'}),
 'tree.among.top.1': ('SELECT process.id AS id, process.title AS a, %(param_1)s AS b, %(param_1)s AS c, record.date AS '
                      'date, %(param_1)s AS status, EXISTS (SELECT * \n'
                      'FROM round \n'
                      'WHERE round.process_id = process.id) AS kids, coalesce(replace(lower(((SELECT shown.title \n'
                      'FROM record_name AS shown \n'
                      'WHERE shown.record_id = process.id AND shown.title IS NOT NULL AND (lower(shown.lang) = '
                      '%(lang)s OR lower(shown.lang) LIKE %(lang_tags)s) ORDER BY CASE WHEN (lower(shown.lang) = '
                      '%(lang)s) THEN %(param_2)s::INTEGER ELSE %(param_3)s::INTEGER END, shown.lang \n'
                      ' LIMIT %(param_4)s::INTEGER)) COLLATE "default") COLLATE "C", %(replace_1)s::VARCHAR, '
                      '%(replace_2)s::VARCHAR), process.title) AS k0, process.id AS k1 \n'
                      'FROM process JOIN record ON record.id = process.id \n'
                      'WHERE process.forum_id IS NULL AND process.id IN (__[POSTCOMPILE_ids])',
                      {'param_1': None, 'param_2': 0, 'param_3': 1, 'param_4': 1, 'replace_1': 'ё', 'replace_2': 'е'},
                      {'ids': '::VARCHAR'}),
 'tree.counts.@countries': ('SELECT (SELECT count(*) AS count_1 \nFROM country) AS anon_1', {}, {}),
 'tree.counts.@outcomes': ('SELECT (SELECT count(*) AS count_1 \n'
                           'FROM outcome \n'
                           'WHERE outcome.meeting_id IS NULL) AS anon_1',
                           {},
                           {}),
 'tree.counts.@sources': ('SELECT (SELECT count(*) AS count_1 \nFROM source) AS anon_1', {}, {}),
 'tree.counts.@topics': ('SELECT (SELECT count(*) AS count_1 \nFROM topic) AS anon_1', {}, {}),
 'tree.counts.forum': ('SELECT (SELECT count(*) AS count_1 \n'
                       'FROM forum \n'
                       'WHERE forum.parent_id = %(parent)s::VARCHAR) AS anon_1, (SELECT count(*) AS count_2 \n'
                       'FROM process \n'
                       'WHERE process.forum_id = %(parent)s::VARCHAR) AS anon_2, (SELECT count(*) AS count_3 \n'
                       'FROM meeting \n'
                       'WHERE meeting.forum_id = %(parent)s::VARCHAR AND meeting.date_lower IS NOT NULL) AS anon_3, '
                       '(SELECT count(*) AS count_4 \n'
                       'FROM meeting \n'
                       'WHERE meeting.forum_id = %(parent)s::VARCHAR AND meeting.date_lower IS NULL) AS anon_4',
                       {},
                       {}),
 'tree.counts.meeting': ('SELECT (SELECT count(*) AS count_1 \n'
                         'FROM outcome \n'
                         'WHERE outcome.meeting_id = %(parent)s::VARCHAR) AS anon_1',
                         {},
                         {}),
 'tree.counts.process': ('SELECT (SELECT count(*) AS count_1 \n'
                         'FROM round \n'
                         'WHERE round.process_id = %(parent)s::VARCHAR) AS anon_1',
                         {},
                         {}),
 'tree.counts.top': ('SELECT (SELECT count(*) AS count_1 \n'
                     'FROM forum \n'
                     'WHERE forum.parent_id IS NULL) AS anon_1, (SELECT count(*) AS count_2 \n'
                     'FROM process \n'
                     'WHERE process.forum_id IS NULL) AS anon_2',
                     {},
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
                 {},
                 {}),
 'tree.key.@countries.0': ('SELECT coalesce(replace(lower(((SELECT shown.title \n'
                           'FROM record_name AS shown \n'
                           'WHERE shown.record_id = country.id AND shown.title IS NOT NULL AND (lower(shown.lang) = '
                           '%(lang)s OR lower(shown.lang) LIKE %(lang_tags)s) ORDER BY CASE WHEN (lower(shown.lang) = '
                           '%(lang)s) THEN %(param_1)s::INTEGER ELSE %(param_2)s::INTEGER END, shown.lang \n'
                           ' LIMIT %(param_3)s::INTEGER)) COLLATE "default") COLLATE "C", %(replace_1)s::VARCHAR, '
                           '%(replace_2)s::VARCHAR), country.name) AS k0, country.id AS k1 \n'
                           'FROM country \n'
                           'WHERE country.id = %(child)s::VARCHAR',
                           {'param_1': 0, 'param_2': 1, 'param_3': 1, 'replace_1': 'ё', 'replace_2': 'е'},
                           {}),
 'tree.key.@outcomes.0': ('SELECT coalesce(record.date_lower, %(coalesce_1)s::VARCHAR) AS k0, '
                          'coalesce(replace(lower(((SELECT shown.title \n'
                          'FROM record_name AS shown \n'
                          'WHERE shown.record_id = outcome.id AND shown.title IS NOT NULL AND (lower(shown.lang) = '
                          '%(lang)s OR lower(shown.lang) LIKE %(lang_tags)s) ORDER BY CASE WHEN (lower(shown.lang) = '
                          '%(lang)s) THEN %(param_1)s::INTEGER ELSE %(param_2)s::INTEGER END, shown.lang \n'
                          ' LIMIT %(param_3)s::INTEGER)) COLLATE "default") COLLATE "C", %(replace_1)s::VARCHAR, '
                          '%(replace_2)s::VARCHAR), outcome.title) AS k1, outcome.id AS k2 \n'
                          'FROM outcome JOIN record ON record.id = outcome.id \n'
                          'WHERE outcome.meeting_id IS NULL AND outcome.id = %(child)s::VARCHAR',
                          {'coalesce_1': '',
                           'param_1': 0,
                           'param_2': 1,
                           'param_3': 1,
                           'replace_1': 'ё',
                           'replace_2': 'е'},
                          {}),
 'tree.key.@sources.0': ('SELECT coalesce(source.date, %(coalesce_1)s::VARCHAR) AS k0, coalesce(replace(lower(((SELECT '
                         'shown.title \n'
                         'FROM record_name AS shown \n'
                         'WHERE shown.record_id = source.id AND shown.title IS NOT NULL AND (lower(shown.lang) = '
                         '%(lang)s OR lower(shown.lang) LIKE %(lang_tags)s) ORDER BY CASE WHEN (lower(shown.lang) = '
                         '%(lang)s) THEN %(param_1)s::INTEGER ELSE %(param_2)s::INTEGER END, shown.lang \n'
                         ' LIMIT %(param_3)s::INTEGER)) COLLATE "default") COLLATE "C", %(replace_1)s::VARCHAR, '
                         '%(replace_2)s::VARCHAR), source.title) AS k1, source.id AS k2 \n'
                         'FROM source \n'
                         'WHERE source.id = %(child)s::VARCHAR',
                         {'coalesce_1': '',
                          'param_1': 0,
                          'param_2': 1,
                          'param_3': 1,
                          'replace_1': 'ё',
                          'replace_2': 'е'},
                         {}),
 'tree.key.@topics.0': ('SELECT coalesce(replace(lower(((SELECT shown.title \n'
                        'FROM record_name AS shown \n'
                        'WHERE shown.record_id = topic.id AND shown.title IS NOT NULL AND (lower(shown.lang) = '
                        '%(lang)s OR lower(shown.lang) LIKE %(lang_tags)s) ORDER BY CASE WHEN (lower(shown.lang) = '
                        '%(lang)s) THEN %(param_1)s::INTEGER ELSE %(param_2)s::INTEGER END, shown.lang \n'
                        ' LIMIT %(param_3)s::INTEGER)) COLLATE "default") COLLATE "C", %(replace_1)s::VARCHAR, '
                        '%(replace_2)s::VARCHAR), topic.label) AS k0, topic.id AS k1 \n'
                        'FROM topic \n'
                        'WHERE topic.id = %(child)s::VARCHAR',
                        {'param_1': 0, 'param_2': 1, 'param_3': 1, 'replace_1': 'ё', 'replace_2': 'е'},
                        {}),
 'tree.key.forum.0': ('SELECT coalesce(replace(lower(((SELECT shown.title \n'
                      'FROM record_name AS shown \n'
                      'WHERE shown.record_id = forum.id AND shown.title IS NOT NULL AND (lower(shown.lang) = %(lang)s '
                      'OR lower(shown.lang) LIKE %(lang_tags)s) ORDER BY CASE WHEN (lower(shown.lang) = %(lang)s) THEN '
                      '%(param_1)s::INTEGER ELSE %(param_2)s::INTEGER END, shown.lang \n'
                      ' LIMIT %(param_3)s::INTEGER)) COLLATE "default") COLLATE "C", %(replace_1)s::VARCHAR, '
                      '%(replace_2)s::VARCHAR), forum.name) AS k0, forum.id AS k1 \n'
                      'FROM forum \n'
                      'WHERE forum.parent_id = %(parent)s::VARCHAR AND forum.id = %(child)s::VARCHAR',
                      {'param_1': 0, 'param_2': 1, 'param_3': 1, 'replace_1': 'ё', 'replace_2': 'е'},
                      {}),
 'tree.key.forum.1': ('SELECT coalesce(replace(lower(((SELECT shown.title \n'
                      'FROM record_name AS shown \n'
                      'WHERE shown.record_id = process.id AND shown.title IS NOT NULL AND (lower(shown.lang) = '
                      '%(lang)s OR lower(shown.lang) LIKE %(lang_tags)s) ORDER BY CASE WHEN (lower(shown.lang) = '
                      '%(lang)s) THEN %(param_1)s::INTEGER ELSE %(param_2)s::INTEGER END, shown.lang \n'
                      ' LIMIT %(param_3)s::INTEGER)) COLLATE "default") COLLATE "C", %(replace_1)s::VARCHAR, '
                      '%(replace_2)s::VARCHAR), process.title) AS k0, process.id AS k1 \n'
                      'FROM process JOIN record ON record.id = process.id \n'
                      'WHERE process.forum_id = %(parent)s::VARCHAR AND process.id = %(child)s::VARCHAR',
                      {'param_1': 0, 'param_2': 1, 'param_3': 1, 'replace_1': 'ё', 'replace_2': 'е'},
                      {}),
 'tree.key.forum.2': ('SELECT meeting.date_lower AS k0, meeting.date_upper AS k1, meeting.id AS k2 \n'
                      'FROM meeting \n'
                      'WHERE meeting.forum_id = %(parent)s::VARCHAR AND meeting.date_lower IS NOT NULL AND meeting.id '
                      '= %(child)s::VARCHAR',
                      {},
                      {}),
 'tree.key.forum.3': ('SELECT coalesce(replace(lower(((SELECT shown.title \n'
                      'FROM record_name AS shown \n'
                      'WHERE shown.record_id = meeting.id AND shown.title IS NOT NULL AND (lower(shown.lang) = '
                      '%(lang)s OR lower(shown.lang) LIKE %(lang_tags)s) ORDER BY CASE WHEN (lower(shown.lang) = '
                      '%(lang)s) THEN %(param_1)s::INTEGER ELSE %(param_2)s::INTEGER END, shown.lang \n'
                      ' LIMIT %(param_3)s::INTEGER)) COLLATE "default") COLLATE "C", %(replace_1)s::VARCHAR, '
                      '%(replace_2)s::VARCHAR), meeting.title) AS k0, meeting.id AS k1 \n'
                      'FROM meeting \n'
                      'WHERE meeting.forum_id = %(parent)s::VARCHAR AND meeting.date_lower IS NULL AND meeting.id = '
                      '%(child)s::VARCHAR',
                      {'param_1': 0, 'param_2': 1, 'param_3': 1, 'replace_1': 'ё', 'replace_2': 'е'},
                      {}),
 'tree.key.meeting.0': ('SELECT coalesce(replace(lower(((SELECT shown.title \n'
                        'FROM record_name AS shown \n'
                        'WHERE shown.record_id = outcome.id AND shown.title IS NOT NULL AND (lower(shown.lang) = '
                        '%(lang)s OR lower(shown.lang) LIKE %(lang_tags)s) ORDER BY CASE WHEN (lower(shown.lang) = '
                        '%(lang)s) THEN %(param_1)s::INTEGER ELSE %(param_2)s::INTEGER END, shown.lang \n'
                        ' LIMIT %(param_3)s::INTEGER)) COLLATE "default") COLLATE "C", %(replace_1)s::VARCHAR, '
                        '%(replace_2)s::VARCHAR), outcome.title) AS k0, outcome.id AS k1 \n'
                        'FROM outcome JOIN record ON record.id = outcome.id \n'
                        'WHERE outcome.meeting_id = %(parent)s::VARCHAR AND outcome.id = %(child)s::VARCHAR',
                        {'param_1': 0, 'param_2': 1, 'param_3': 1, 'replace_1': 'ё', 'replace_2': 'е'},
                        {}),
 'tree.key.process.0': ('SELECT round.number AS k0, round.id AS k1 \n'
                        'FROM round \n'
                        'WHERE round.process_id = %(parent)s::VARCHAR AND round.id = %(child)s::VARCHAR',
                        {},
                        {}),
 'tree.key.top.0': ('SELECT coalesce(replace(lower(((SELECT shown.title \n'
                    'FROM record_name AS shown \n'
                    'WHERE shown.record_id = forum.id AND shown.title IS NOT NULL AND (lower(shown.lang) = %(lang)s OR '
                    'lower(shown.lang) LIKE %(lang_tags)s) ORDER BY CASE WHEN (lower(shown.lang) = %(lang)s) THEN '
                    '%(param_1)s::INTEGER ELSE %(param_2)s::INTEGER END, shown.lang \n'
                    ' LIMIT %(param_3)s::INTEGER)) COLLATE "default") COLLATE "C", %(replace_1)s::VARCHAR, '
                    '%(replace_2)s::VARCHAR), forum.name) AS k0, forum.id AS k1 \n'
                    'FROM forum \n'
                    'WHERE forum.parent_id IS NULL AND forum.id = %(child)s::VARCHAR',
                    {'param_1': 0, 'param_2': 1, 'param_3': 1, 'replace_1': 'ё', 'replace_2': 'е'},
                    {}),
 'tree.key.top.1': ('SELECT coalesce(replace(lower(((SELECT shown.title \n'
                    'FROM record_name AS shown \n'
                    'WHERE shown.record_id = process.id AND shown.title IS NOT NULL AND (lower(shown.lang) = %(lang)s '
                    'OR lower(shown.lang) LIKE %(lang_tags)s) ORDER BY CASE WHEN (lower(shown.lang) = %(lang)s) THEN '
                    '%(param_1)s::INTEGER ELSE %(param_2)s::INTEGER END, shown.lang \n'
                    ' LIMIT %(param_3)s::INTEGER)) COLLATE "default") COLLATE "C", %(replace_1)s::VARCHAR, '
                    '%(replace_2)s::VARCHAR), process.title) AS k0, process.id AS k1 \n'
                    'FROM process JOIN record ON record.id = process.id \n'
                    'WHERE process.forum_id IS NULL AND process.id = %(child)s::VARCHAR',
                    {'param_1': 0, 'param_2': 1, 'param_3': 1, 'replace_1': 'ё', 'replace_2': 'е'},
                    {}),
 'tree.names': ('SELECT record_name.record_id, record_name.lang, record_name.title, record_name.abbreviation, '
                'record_name.city \n'
                'FROM record_name \n'
                'WHERE record_name.record_id IN (__[POSTCOMPILE_ids])',
                {},
                {'ids': '::VARCHAR'}),
 'tree.node.country': ('SELECT country.id AS id, country.name AS a, country.code AS b, %(param_1)s AS c, %(param_1)s '
                       'AS date, %(param_1)s AS status, %(param_2)s AS kids \n'
                       'FROM country \n'
                       'WHERE country.id = %(rid)s::VARCHAR',
                       {'param_1': None, 'param_2': False},
                       {}),
 'tree.node.forum': ('SELECT forum.id AS id, forum.name AS a, forum.abbreviation AS b, %(param_1)s AS c, %(param_1)s '
                     'AS date, %(param_1)s AS status, (EXISTS (SELECT * \n'
                     'FROM forum AS sub \n'
                     'WHERE sub.parent_id = forum.id)) OR (EXISTS (SELECT * \n'
                     'FROM process \n'
                     'WHERE process.forum_id = forum.id)) OR (EXISTS (SELECT * \n'
                     'FROM meeting \n'
                     'WHERE meeting.forum_id = forum.id)) AS kids \n'
                     'FROM forum \n'
                     'WHERE forum.id = %(rid)s::VARCHAR',
                     {'param_1': None},
                     {}),
 'tree.node.meeting': ('SELECT meeting.id AS id, meeting.title AS a, %(param_1)s AS b, %(param_1)s AS c, meeting.date '
                       'AS date, meeting.status AS status, EXISTS (SELECT * \n'
                       'FROM outcome \n'
                       'WHERE outcome.meeting_id = meeting.id) AS kids \n'
                       'FROM meeting \n'
                       'WHERE meeting.id = %(rid)s::VARCHAR',
                       {'param_1': None},
                       {}),
 'tree.node.outcome': ('SELECT outcome.id AS id, outcome.title AS a, %(param_1)s AS b, %(param_1)s AS c, record.date '
                       'AS date, outcome.status AS status, %(param_2)s AS kids \n'
                       'FROM outcome JOIN record ON record.id = outcome.id \n'
                       'WHERE outcome.id = %(rid)s::VARCHAR',
                       {'param_1': None, 'param_2': False},
                       {}),
 'tree.node.process': ('SELECT process.id AS id, process.title AS a, %(param_1)s AS b, %(param_1)s AS c, record.date '
                       'AS date, %(param_1)s AS status, EXISTS (SELECT * \n'
                       'FROM round \n'
                       'WHERE round.process_id = process.id) AS kids \n'
                       'FROM process JOIN record ON record.id = process.id \n'
                       'WHERE process.id = %(rid)s::VARCHAR',
                       {'param_1': None},
                       {}),
 'tree.node.round': ('SELECT round.id AS id, round.number AS a, round.city AS b, %(param_1)s AS c, round.date AS date, '
                     'round.status AS status, %(param_2)s AS kids \n'
                     'FROM round \n'
                     'WHERE round.id = %(rid)s::VARCHAR',
                     {'param_1': None, 'param_2': False},
                     {}),
 'tree.node.source': ('SELECT source.id AS id, source.title AS a, %(param_1)s AS b, %(param_1)s AS c, source.date AS '
                      'date, %(param_1)s AS status, %(param_2)s AS kids \n'
                      'FROM source \n'
                      'WHERE source.id = %(rid)s::VARCHAR',
                      {'param_1': None, 'param_2': False},
                      {}),
 'tree.node.topic': ('SELECT topic.id AS id, topic.label AS a, %(param_1)s AS b, %(param_1)s AS c, %(param_1)s AS '
                     'date, %(param_1)s AS status, %(param_2)s AS kids \n'
                     'FROM topic \n'
                     'WHERE topic.id = %(rid)s::VARCHAR',
                     {'param_1': None, 'param_2': False},
                     {}),
 'tree.page.@countries.0': ('SELECT country.id AS id, country.name AS a, country.code AS b, %(param_1)s AS c, '
                            '%(param_1)s AS date, %(param_1)s AS status, %(param_2)s AS kids \n'
                            'FROM country ORDER BY coalesce(replace(lower(((SELECT shown.title \n'
                            'FROM record_name AS shown \n'
                            'WHERE shown.record_id = country.id AND shown.title IS NOT NULL AND (lower(shown.lang) = '
                            '%(lang)s OR lower(shown.lang) LIKE %(lang_tags)s) ORDER BY CASE WHEN (lower(shown.lang) = '
                            '%(lang)s) THEN %(param_3)s::INTEGER ELSE %(param_4)s::INTEGER END, shown.lang \n'
                            ' LIMIT %(param_5)s::INTEGER)) COLLATE "default") COLLATE "C", %(replace_1)s::VARCHAR, '
                            '%(replace_2)s::VARCHAR), country.name), country.id \n'
                            ' LIMIT %(limit)s::INTEGER OFFSET %(offset)s::INTEGER',
                            {'param_1': None,
                             'param_2': False,
                             'param_3': 0,
                             'param_4': 1,
                             'param_5': 1,
                             'replace_1': 'ё',
                             'replace_2': 'е'},
                            {}),
 'tree.page.@outcomes.0': ('SELECT outcome.id AS id, outcome.title AS a, %(param_1)s AS b, %(param_1)s AS c, '
                           'record.date AS date, outcome.status AS status, %(param_2)s AS kids \n'
                           'FROM outcome JOIN record ON record.id = outcome.id \n'
                           'WHERE outcome.meeting_id IS NULL ORDER BY coalesce(record.date_lower, '
                           '%(coalesce_1)s::VARCHAR), coalesce(replace(lower(((SELECT shown.title \n'
                           'FROM record_name AS shown \n'
                           'WHERE shown.record_id = outcome.id AND shown.title IS NOT NULL AND (lower(shown.lang) = '
                           '%(lang)s OR lower(shown.lang) LIKE %(lang_tags)s) ORDER BY CASE WHEN (lower(shown.lang) = '
                           '%(lang)s) THEN %(param_3)s::INTEGER ELSE %(param_4)s::INTEGER END, shown.lang \n'
                           ' LIMIT %(param_5)s::INTEGER)) COLLATE "default") COLLATE "C", %(replace_1)s::VARCHAR, '
                           '%(replace_2)s::VARCHAR), outcome.title), outcome.id \n'
                           ' LIMIT %(limit)s::INTEGER OFFSET %(offset)s::INTEGER',
                           {'coalesce_1': '',
                            'param_1': None,
                            'param_2': False,
                            'param_3': 0,
                            'param_4': 1,
                            'param_5': 1,
                            'replace_1': 'ё',
                            'replace_2': 'е'},
                           {}),
 'tree.page.@sources.0': ('SELECT source.id AS id, source.title AS a, %(param_1)s AS b, %(param_1)s AS c, source.date '
                          'AS date, %(param_1)s AS status, %(param_2)s AS kids \n'
                          'FROM source ORDER BY coalesce(source.date, %(coalesce_1)s::VARCHAR), '
                          'coalesce(replace(lower(((SELECT shown.title \n'
                          'FROM record_name AS shown \n'
                          'WHERE shown.record_id = source.id AND shown.title IS NOT NULL AND (lower(shown.lang) = '
                          '%(lang)s OR lower(shown.lang) LIKE %(lang_tags)s) ORDER BY CASE WHEN (lower(shown.lang) = '
                          '%(lang)s) THEN %(param_3)s::INTEGER ELSE %(param_4)s::INTEGER END, shown.lang \n'
                          ' LIMIT %(param_5)s::INTEGER)) COLLATE "default") COLLATE "C", %(replace_1)s::VARCHAR, '
                          '%(replace_2)s::VARCHAR), source.title), source.id \n'
                          ' LIMIT %(limit)s::INTEGER OFFSET %(offset)s::INTEGER',
                          {'coalesce_1': '',
                           'param_1': None,
                           'param_2': False,
                           'param_3': 0,
                           'param_4': 1,
                           'param_5': 1,
                           'replace_1': 'ё',
                           'replace_2': 'е'},
                          {}),
 'tree.page.@topics.0': ('SELECT topic.id AS id, topic.label AS a, %(param_1)s AS b, %(param_1)s AS c, %(param_1)s AS '
                         'date, %(param_1)s AS status, %(param_2)s AS kids \n'
                         'FROM topic ORDER BY coalesce(replace(lower(((SELECT shown.title \n'
                         'FROM record_name AS shown \n'
                         'WHERE shown.record_id = topic.id AND shown.title IS NOT NULL AND (lower(shown.lang) = '
                         '%(lang)s OR lower(shown.lang) LIKE %(lang_tags)s) ORDER BY CASE WHEN (lower(shown.lang) = '
                         '%(lang)s) THEN %(param_3)s::INTEGER ELSE %(param_4)s::INTEGER END, shown.lang \n'
                         ' LIMIT %(param_5)s::INTEGER)) COLLATE "default") COLLATE "C", %(replace_1)s::VARCHAR, '
                         '%(replace_2)s::VARCHAR), topic.label), topic.id \n'
                         ' LIMIT %(limit)s::INTEGER OFFSET %(offset)s::INTEGER',
                         {'param_1': None,
                          'param_2': False,
                          'param_3': 0,
                          'param_4': 1,
                          'param_5': 1,
                          'replace_1': 'ё',
                          'replace_2': 'е'},
                         {}),
 'tree.page.forum.0': ('SELECT forum.id AS id, forum.name AS a, forum.abbreviation AS b, %(param_1)s AS c, %(param_1)s '
                       'AS date, %(param_1)s AS status, (EXISTS (SELECT * \n'
                       'FROM forum AS sub \n'
                       'WHERE sub.parent_id = forum.id)) OR (EXISTS (SELECT * \n'
                       'FROM process \n'
                       'WHERE process.forum_id = forum.id)) OR (EXISTS (SELECT * \n'
                       'FROM meeting \n'
                       'WHERE meeting.forum_id = forum.id)) AS kids \n'
                       'FROM forum \n'
                       'WHERE forum.parent_id = %(parent)s::VARCHAR ORDER BY coalesce(replace(lower(((SELECT '
                       'shown.title \n'
                       'FROM record_name AS shown \n'
                       'WHERE shown.record_id = forum.id AND shown.title IS NOT NULL AND (lower(shown.lang) = %(lang)s '
                       'OR lower(shown.lang) LIKE %(lang_tags)s) ORDER BY CASE WHEN (lower(shown.lang) = %(lang)s) '
                       'THEN %(param_2)s::INTEGER ELSE %(param_3)s::INTEGER END, shown.lang \n'
                       ' LIMIT %(param_4)s::INTEGER)) COLLATE "default") COLLATE "C", %(replace_1)s::VARCHAR, '
                       '%(replace_2)s::VARCHAR), forum.name), forum.id \n'
                       ' LIMIT %(limit)s::INTEGER OFFSET %(offset)s::INTEGER',
                       {'param_1': None, 'param_2': 0, 'param_3': 1, 'param_4': 1, 'replace_1': 'ё', 'replace_2': 'е'},
                       {}),
 'tree.page.forum.1': ('SELECT process.id AS id, process.title AS a, %(param_1)s AS b, %(param_1)s AS c, record.date '
                       'AS date, %(param_1)s AS status, EXISTS (SELECT * \n'
                       'FROM round \n'
                       'WHERE round.process_id = process.id) AS kids \n'
                       'FROM process JOIN record ON record.id = process.id \n'
                       'WHERE process.forum_id = %(parent)s::VARCHAR ORDER BY coalesce(replace(lower(((SELECT '
                       'shown.title \n'
                       'FROM record_name AS shown \n'
                       'WHERE shown.record_id = process.id AND shown.title IS NOT NULL AND (lower(shown.lang) = '
                       '%(lang)s OR lower(shown.lang) LIKE %(lang_tags)s) ORDER BY CASE WHEN (lower(shown.lang) = '
                       '%(lang)s) THEN %(param_2)s::INTEGER ELSE %(param_3)s::INTEGER END, shown.lang \n'
                       ' LIMIT %(param_4)s::INTEGER)) COLLATE "default") COLLATE "C", %(replace_1)s::VARCHAR, '
                       '%(replace_2)s::VARCHAR), process.title), process.id \n'
                       ' LIMIT %(limit)s::INTEGER OFFSET %(offset)s::INTEGER',
                       {'param_1': None, 'param_2': 0, 'param_3': 1, 'param_4': 1, 'replace_1': 'ё', 'replace_2': 'е'},
                       {}),
 'tree.page.forum.2': ('SELECT meeting.id AS id, meeting.title AS a, %(param_1)s AS b, %(param_1)s AS c, meeting.date '
                       'AS date, meeting.status AS status, EXISTS (SELECT * \n'
                       'FROM outcome \n'
                       'WHERE outcome.meeting_id = meeting.id) AS kids \n'
                       'FROM meeting \n'
                       'WHERE meeting.forum_id = %(parent)s::VARCHAR AND meeting.date_lower IS NOT NULL ORDER BY '
                       'meeting.date_lower, meeting.date_upper, meeting.id \n'
                       ' LIMIT %(limit)s::INTEGER OFFSET %(offset)s::INTEGER',
                       {'param_1': None},
                       {}),
 'tree.page.forum.3': ('SELECT meeting.id AS id, meeting.title AS a, %(param_1)s AS b, %(param_1)s AS c, meeting.date '
                       'AS date, meeting.status AS status, EXISTS (SELECT * \n'
                       'FROM outcome \n'
                       'WHERE outcome.meeting_id = meeting.id) AS kids \n'
                       'FROM meeting \n'
                       'WHERE meeting.forum_id = %(parent)s::VARCHAR AND meeting.date_lower IS NULL ORDER BY '
                       'coalesce(replace(lower(((SELECT shown.title \n'
                       'FROM record_name AS shown \n'
                       'WHERE shown.record_id = meeting.id AND shown.title IS NOT NULL AND (lower(shown.lang) = '
                       '%(lang)s OR lower(shown.lang) LIKE %(lang_tags)s) ORDER BY CASE WHEN (lower(shown.lang) = '
                       '%(lang)s) THEN %(param_2)s::INTEGER ELSE %(param_3)s::INTEGER END, shown.lang \n'
                       ' LIMIT %(param_4)s::INTEGER)) COLLATE "default") COLLATE "C", %(replace_1)s::VARCHAR, '
                       '%(replace_2)s::VARCHAR), meeting.title), meeting.id \n'
                       ' LIMIT %(limit)s::INTEGER OFFSET %(offset)s::INTEGER',
                       {'param_1': None, 'param_2': 0, 'param_3': 1, 'param_4': 1, 'replace_1': 'ё', 'replace_2': 'е'},
                       {}),
 'tree.page.meeting.0': ('SELECT outcome.id AS id, outcome.title AS a, %(param_1)s AS b, %(param_1)s AS c, record.date '
                         'AS date, outcome.status AS status, %(param_2)s AS kids \n'
                         'FROM outcome JOIN record ON record.id = outcome.id \n'
                         'WHERE outcome.meeting_id = %(parent)s::VARCHAR ORDER BY coalesce(replace(lower(((SELECT '
                         'shown.title \n'
                         'FROM record_name AS shown \n'
                         'WHERE shown.record_id = outcome.id AND shown.title IS NOT NULL AND (lower(shown.lang) = '
                         '%(lang)s OR lower(shown.lang) LIKE %(lang_tags)s) ORDER BY CASE WHEN (lower(shown.lang) = '
                         '%(lang)s) THEN %(param_3)s::INTEGER ELSE %(param_4)s::INTEGER END, shown.lang \n'
                         ' LIMIT %(param_5)s::INTEGER)) COLLATE "default") COLLATE "C", %(replace_1)s::VARCHAR, '
                         '%(replace_2)s::VARCHAR), outcome.title), outcome.id \n'
                         ' LIMIT %(limit)s::INTEGER OFFSET %(offset)s::INTEGER',
                         {'param_1': None,
                          'param_2': False,
                          'param_3': 0,
                          'param_4': 1,
                          'param_5': 1,
                          'replace_1': 'ё',
                          'replace_2': 'е'},
                         {}),
 'tree.page.process.0': ('SELECT round.id AS id, round.number AS a, round.city AS b, %(param_1)s AS c, round.date AS '
                         'date, round.status AS status, %(param_2)s AS kids \n'
                         'FROM round \n'
                         'WHERE round.process_id = %(parent)s::VARCHAR ORDER BY round.number, round.id \n'
                         ' LIMIT %(limit)s::INTEGER OFFSET %(offset)s::INTEGER',
                         {'param_1': None, 'param_2': False},
                         {}),
 'tree.page.top.0': ('SELECT forum.id AS id, forum.name AS a, forum.abbreviation AS b, %(param_1)s AS c, %(param_1)s '
                     'AS date, %(param_1)s AS status, (EXISTS (SELECT * \n'
                     'FROM forum AS sub \n'
                     'WHERE sub.parent_id = forum.id)) OR (EXISTS (SELECT * \n'
                     'FROM process \n'
                     'WHERE process.forum_id = forum.id)) OR (EXISTS (SELECT * \n'
                     'FROM meeting \n'
                     'WHERE meeting.forum_id = forum.id)) AS kids \n'
                     'FROM forum \n'
                     'WHERE forum.parent_id IS NULL ORDER BY coalesce(replace(lower(((SELECT shown.title \n'
                     'FROM record_name AS shown \n'
                     'WHERE shown.record_id = forum.id AND shown.title IS NOT NULL AND (lower(shown.lang) = %(lang)s '
                     'OR lower(shown.lang) LIKE %(lang_tags)s) ORDER BY CASE WHEN (lower(shown.lang) = %(lang)s) THEN '
                     '%(param_2)s::INTEGER ELSE %(param_3)s::INTEGER END, shown.lang \n'
                     ' LIMIT %(param_4)s::INTEGER)) COLLATE "default") COLLATE "C", %(replace_1)s::VARCHAR, '
                     '%(replace_2)s::VARCHAR), forum.name), forum.id \n'
                     ' LIMIT %(limit)s::INTEGER OFFSET %(offset)s::INTEGER',
                     {'param_1': None, 'param_2': 0, 'param_3': 1, 'param_4': 1, 'replace_1': 'ё', 'replace_2': 'е'},
                     {}),
 'tree.page.top.1': ('SELECT process.id AS id, process.title AS a, %(param_1)s AS b, %(param_1)s AS c, record.date AS '
                     'date, %(param_1)s AS status, EXISTS (SELECT * \n'
                     'FROM round \n'
                     'WHERE round.process_id = process.id) AS kids \n'
                     'FROM process JOIN record ON record.id = process.id \n'
                     'WHERE process.forum_id IS NULL ORDER BY coalesce(replace(lower(((SELECT shown.title \n'
                     'FROM record_name AS shown \n'
                     'WHERE shown.record_id = process.id AND shown.title IS NOT NULL AND (lower(shown.lang) = %(lang)s '
                     'OR lower(shown.lang) LIKE %(lang_tags)s) ORDER BY CASE WHEN (lower(shown.lang) = %(lang)s) THEN '
                     '%(param_2)s::INTEGER ELSE %(param_3)s::INTEGER END, shown.lang \n'
                     ' LIMIT %(param_4)s::INTEGER)) COLLATE "default") COLLATE "C", %(replace_1)s::VARCHAR, '
                     '%(replace_2)s::VARCHAR), process.title), process.id \n'
                     ' LIMIT %(limit)s::INTEGER OFFSET %(offset)s::INTEGER',
                     {'param_1': None, 'param_2': 0, 'param_3': 1, 'param_4': 1, 'replace_1': 'ё', 'replace_2': 'е'},
                     {}),
 'tree.parents.forum': ('SELECT forum.id AS id, forum.parent_id AS parent \n'
                        'FROM forum \n'
                        'WHERE forum.id IN (__[POSTCOMPILE_ids])',
                        {},
                        {'ids': '::VARCHAR'}),
 'tree.parents.meeting': ('SELECT meeting.id AS id, meeting.forum_id AS parent \n'
                          'FROM meeting \n'
                          'WHERE meeting.id IN (__[POSTCOMPILE_ids])',
                          {},
                          {'ids': '::VARCHAR'}),
 'tree.parents.outcome': ('SELECT outcome.id AS id, outcome.meeting_id AS parent \n'
                          'FROM outcome \n'
                          'WHERE outcome.id IN (__[POSTCOMPILE_ids])',
                          {},
                          {'ids': '::VARCHAR'}),
 'tree.parents.process': ('SELECT process.id AS id, process.forum_id AS parent \n'
                          'FROM process \n'
                          'WHERE process.id IN (__[POSTCOMPILE_ids])',
                          {},
                          {'ids': '::VARCHAR'}),
 'tree.parents.round': ('SELECT round.id AS id, round.process_id AS parent \n'
                        'FROM round \n'
                        'WHERE round.id IN (__[POSTCOMPILE_ids])',
                        {},
                        {'ids': '::VARCHAR'}),
 'tree.rank.@countries.0': ('SELECT count(*) AS count_1 \n'
                            'FROM (SELECT %(param_1)s::INTEGER AS anon_2 \n'
                            'FROM country \n'
                            'WHERE (coalesce(replace(lower(((SELECT shown.title \n'
                            'FROM record_name AS shown \n'
                            'WHERE shown.record_id = country.id AND shown.title IS NOT NULL AND (lower(shown.lang) = '
                            '%(lang)s OR lower(shown.lang) LIKE %(lang_tags)s) ORDER BY CASE WHEN (lower(shown.lang) = '
                            '%(lang)s) THEN %(param_2)s::INTEGER ELSE %(param_3)s::INTEGER END, shown.lang \n'
                            ' LIMIT %(param_4)s::INTEGER)) COLLATE "default") COLLATE "C", %(replace_1)s::VARCHAR, '
                            '%(replace_2)s::VARCHAR), country.name), country.id) < (%(k0)s, %(k1)s)) AS anon_1',
                            {'param_1': 1,
                             'param_2': 0,
                             'param_3': 1,
                             'param_4': 1,
                             'replace_1': 'ё',
                             'replace_2': 'е'},
                            {}),
 'tree.rank.@outcomes.0': ('SELECT count(*) AS count_1 \n'
                           'FROM (SELECT %(param_1)s::INTEGER AS anon_2 \n'
                           'FROM outcome JOIN record ON record.id = outcome.id \n'
                           'WHERE outcome.meeting_id IS NULL AND (coalesce(record.date_lower, '
                           '%(coalesce_1)s::VARCHAR), coalesce(replace(lower(((SELECT shown.title \n'
                           'FROM record_name AS shown \n'
                           'WHERE shown.record_id = outcome.id AND shown.title IS NOT NULL AND (lower(shown.lang) = '
                           '%(lang)s OR lower(shown.lang) LIKE %(lang_tags)s) ORDER BY CASE WHEN (lower(shown.lang) = '
                           '%(lang)s) THEN %(param_2)s::INTEGER ELSE %(param_3)s::INTEGER END, shown.lang \n'
                           ' LIMIT %(param_4)s::INTEGER)) COLLATE "default") COLLATE "C", %(replace_1)s::VARCHAR, '
                           '%(replace_2)s::VARCHAR), outcome.title), outcome.id) < (%(k0)s, %(k1)s, %(k2)s)) AS anon_1',
                           {'coalesce_1': '',
                            'param_1': 1,
                            'param_2': 0,
                            'param_3': 1,
                            'param_4': 1,
                            'replace_1': 'ё',
                            'replace_2': 'е'},
                           {}),
 'tree.rank.@sources.0': ('SELECT count(*) AS count_1 \n'
                          'FROM (SELECT %(param_1)s::INTEGER AS anon_2 \n'
                          'FROM source \n'
                          'WHERE (coalesce(source.date, %(coalesce_1)s::VARCHAR), coalesce(replace(lower(((SELECT '
                          'shown.title \n'
                          'FROM record_name AS shown \n'
                          'WHERE shown.record_id = source.id AND shown.title IS NOT NULL AND (lower(shown.lang) = '
                          '%(lang)s OR lower(shown.lang) LIKE %(lang_tags)s) ORDER BY CASE WHEN (lower(shown.lang) = '
                          '%(lang)s) THEN %(param_2)s::INTEGER ELSE %(param_3)s::INTEGER END, shown.lang \n'
                          ' LIMIT %(param_4)s::INTEGER)) COLLATE "default") COLLATE "C", %(replace_1)s::VARCHAR, '
                          '%(replace_2)s::VARCHAR), source.title), source.id) < (%(k0)s, %(k1)s, %(k2)s)) AS anon_1',
                          {'coalesce_1': '',
                           'param_1': 1,
                           'param_2': 0,
                           'param_3': 1,
                           'param_4': 1,
                           'replace_1': 'ё',
                           'replace_2': 'е'},
                          {}),
 'tree.rank.@topics.0': ('SELECT count(*) AS count_1 \n'
                         'FROM (SELECT %(param_1)s::INTEGER AS anon_2 \n'
                         'FROM topic \n'
                         'WHERE (coalesce(replace(lower(((SELECT shown.title \n'
                         'FROM record_name AS shown \n'
                         'WHERE shown.record_id = topic.id AND shown.title IS NOT NULL AND (lower(shown.lang) = '
                         '%(lang)s OR lower(shown.lang) LIKE %(lang_tags)s) ORDER BY CASE WHEN (lower(shown.lang) = '
                         '%(lang)s) THEN %(param_2)s::INTEGER ELSE %(param_3)s::INTEGER END, shown.lang \n'
                         ' LIMIT %(param_4)s::INTEGER)) COLLATE "default") COLLATE "C", %(replace_1)s::VARCHAR, '
                         '%(replace_2)s::VARCHAR), topic.label), topic.id) < (%(k0)s, %(k1)s)) AS anon_1',
                         {'param_1': 1, 'param_2': 0, 'param_3': 1, 'param_4': 1, 'replace_1': 'ё', 'replace_2': 'е'},
                         {}),
 'tree.rank.forum.0': ('SELECT count(*) AS count_1 \n'
                       'FROM (SELECT %(param_1)s::INTEGER AS anon_2 \n'
                       'FROM forum \n'
                       'WHERE forum.parent_id = %(parent)s::VARCHAR AND (coalesce(replace(lower(((SELECT shown.title \n'
                       'FROM record_name AS shown \n'
                       'WHERE shown.record_id = forum.id AND shown.title IS NOT NULL AND (lower(shown.lang) = %(lang)s '
                       'OR lower(shown.lang) LIKE %(lang_tags)s) ORDER BY CASE WHEN (lower(shown.lang) = %(lang)s) '
                       'THEN %(param_2)s::INTEGER ELSE %(param_3)s::INTEGER END, shown.lang \n'
                       ' LIMIT %(param_4)s::INTEGER)) COLLATE "default") COLLATE "C", %(replace_1)s::VARCHAR, '
                       '%(replace_2)s::VARCHAR), forum.name), forum.id) < (%(k0)s, %(k1)s)) AS anon_1',
                       {'param_1': 1, 'param_2': 0, 'param_3': 1, 'param_4': 1, 'replace_1': 'ё', 'replace_2': 'е'},
                       {}),
 'tree.rank.forum.1': ('SELECT count(*) AS count_1 \n'
                       'FROM (SELECT %(param_1)s::INTEGER AS anon_2 \n'
                       'FROM process JOIN record ON record.id = process.id \n'
                       'WHERE process.forum_id = %(parent)s::VARCHAR AND (coalesce(replace(lower(((SELECT '
                       'shown.title \n'
                       'FROM record_name AS shown \n'
                       'WHERE shown.record_id = process.id AND shown.title IS NOT NULL AND (lower(shown.lang) = '
                       '%(lang)s OR lower(shown.lang) LIKE %(lang_tags)s) ORDER BY CASE WHEN (lower(shown.lang) = '
                       '%(lang)s) THEN %(param_2)s::INTEGER ELSE %(param_3)s::INTEGER END, shown.lang \n'
                       ' LIMIT %(param_4)s::INTEGER)) COLLATE "default") COLLATE "C", %(replace_1)s::VARCHAR, '
                       '%(replace_2)s::VARCHAR), process.title), process.id) < (%(k0)s, %(k1)s)) AS anon_1',
                       {'param_1': 1, 'param_2': 0, 'param_3': 1, 'param_4': 1, 'replace_1': 'ё', 'replace_2': 'е'},
                       {}),
 'tree.rank.forum.2': ('SELECT count(*) AS count_1 \n'
                       'FROM (SELECT %(param_1)s::INTEGER AS anon_2 \n'
                       'FROM meeting \n'
                       'WHERE meeting.forum_id = %(parent)s::VARCHAR AND meeting.date_lower IS NOT NULL AND '
                       '(meeting.date_lower, meeting.date_upper, meeting.id) < (%(k0)s, %(k1)s, %(k2)s)) AS anon_1',
                       {'param_1': 1},
                       {}),
 'tree.rank.forum.3': ('SELECT count(*) AS count_1 \n'
                       'FROM (SELECT %(param_1)s::INTEGER AS anon_2 \n'
                       'FROM meeting \n'
                       'WHERE meeting.forum_id = %(parent)s::VARCHAR AND meeting.date_lower IS NULL AND '
                       '(coalesce(replace(lower(((SELECT shown.title \n'
                       'FROM record_name AS shown \n'
                       'WHERE shown.record_id = meeting.id AND shown.title IS NOT NULL AND (lower(shown.lang) = '
                       '%(lang)s OR lower(shown.lang) LIKE %(lang_tags)s) ORDER BY CASE WHEN (lower(shown.lang) = '
                       '%(lang)s) THEN %(param_2)s::INTEGER ELSE %(param_3)s::INTEGER END, shown.lang \n'
                       ' LIMIT %(param_4)s::INTEGER)) COLLATE "default") COLLATE "C", %(replace_1)s::VARCHAR, '
                       '%(replace_2)s::VARCHAR), meeting.title), meeting.id) < (%(k0)s, %(k1)s)) AS anon_1',
                       {'param_1': 1, 'param_2': 0, 'param_3': 1, 'param_4': 1, 'replace_1': 'ё', 'replace_2': 'е'},
                       {}),
 'tree.rank.meeting.0': ('SELECT count(*) AS count_1 \n'
                         'FROM (SELECT %(param_1)s::INTEGER AS anon_2 \n'
                         'FROM outcome JOIN record ON record.id = outcome.id \n'
                         'WHERE outcome.meeting_id = %(parent)s::VARCHAR AND (coalesce(replace(lower(((SELECT '
                         'shown.title \n'
                         'FROM record_name AS shown \n'
                         'WHERE shown.record_id = outcome.id AND shown.title IS NOT NULL AND (lower(shown.lang) = '
                         '%(lang)s OR lower(shown.lang) LIKE %(lang_tags)s) ORDER BY CASE WHEN (lower(shown.lang) = '
                         '%(lang)s) THEN %(param_2)s::INTEGER ELSE %(param_3)s::INTEGER END, shown.lang \n'
                         ' LIMIT %(param_4)s::INTEGER)) COLLATE "default") COLLATE "C", %(replace_1)s::VARCHAR, '
                         '%(replace_2)s::VARCHAR), outcome.title), outcome.id) < (%(k0)s, %(k1)s)) AS anon_1',
                         {'param_1': 1, 'param_2': 0, 'param_3': 1, 'param_4': 1, 'replace_1': 'ё', 'replace_2': 'е'},
                         {}),
 'tree.rank.process.0': ('SELECT count(*) AS count_1 \n'
                         'FROM (SELECT %(param_1)s::INTEGER AS anon_2 \n'
                         'FROM round \n'
                         'WHERE round.process_id = %(parent)s::VARCHAR AND (round.number, round.id) < (%(k0)s, '
                         '%(k1)s)) AS anon_1',
                         {'param_1': 1},
                         {}),
 'tree.rank.top.0': ('SELECT count(*) AS count_1 \n'
                     'FROM (SELECT %(param_1)s::INTEGER AS anon_2 \n'
                     'FROM forum \n'
                     'WHERE forum.parent_id IS NULL AND (coalesce(replace(lower(((SELECT shown.title \n'
                     'FROM record_name AS shown \n'
                     'WHERE shown.record_id = forum.id AND shown.title IS NOT NULL AND (lower(shown.lang) = %(lang)s '
                     'OR lower(shown.lang) LIKE %(lang_tags)s) ORDER BY CASE WHEN (lower(shown.lang) = %(lang)s) THEN '
                     '%(param_2)s::INTEGER ELSE %(param_3)s::INTEGER END, shown.lang \n'
                     ' LIMIT %(param_4)s::INTEGER)) COLLATE "default") COLLATE "C", %(replace_1)s::VARCHAR, '
                     '%(replace_2)s::VARCHAR), forum.name), forum.id) < (%(k0)s, %(k1)s)) AS anon_1',
                     {'param_1': 1, 'param_2': 0, 'param_3': 1, 'param_4': 1, 'replace_1': 'ё', 'replace_2': 'е'},
                     {}),
 'tree.rank.top.1': ('SELECT count(*) AS count_1 \n'
                     'FROM (SELECT %(param_1)s::INTEGER AS anon_2 \n'
                     'FROM process JOIN record ON record.id = process.id \n'
                     'WHERE process.forum_id IS NULL AND (coalesce(replace(lower(((SELECT shown.title \n'
                     'FROM record_name AS shown \n'
                     'WHERE shown.record_id = process.id AND shown.title IS NOT NULL AND (lower(shown.lang) = %(lang)s '
                     'OR lower(shown.lang) LIKE %(lang_tags)s) ORDER BY CASE WHEN (lower(shown.lang) = %(lang)s) THEN '
                     '%(param_2)s::INTEGER ELSE %(param_3)s::INTEGER END, shown.lang \n'
                     ' LIMIT %(param_4)s::INTEGER)) COLLATE "default") COLLATE "C", %(replace_1)s::VARCHAR, '
                     '%(replace_2)s::VARCHAR), process.title), process.id) < (%(k0)s, %(k1)s)) AS anon_1',
                     {'param_1': 1, 'param_2': 0, 'param_3': 1, 'param_4': 1, 'replace_1': 'ё', 'replace_2': 'е'},
                     {}),
 'views.agenda': ('SELECT agenda_item.meeting_id, agenda_item.pk, agenda_item.position, agenda_item.title, '
                  'agenda_item.description, agenda_topic.topic_id, topic_record.title AS topic_title \n'
                  'FROM agenda_item LEFT OUTER JOIN agenda_topic ON agenda_topic.agenda_item_pk = agenda_item.pk LEFT '
                  'OUTER JOIN record AS topic_record ON topic_record.id = agenda_topic.topic_id \n'
                  'WHERE agenda_item.meeting_id IN (__[POSTCOMPILE_ids]) ORDER BY agenda_item.meeting_id, '
                  'agenda_item.position, agenda_topic.position',
                  {},
                  {'ids': '::VARCHAR'}),
 'views.cites': ('SELECT citation.record_id, citation.pk, citation.path, citation.source_id, source.title AS '
                 'source_title, source.date AS source_date, source.publisher, source.url, citation.quote, '
                 'citation.start, citation."end", citation.paragraph, citation.basis, citation.note \n'
                 'FROM citation LEFT OUTER JOIN source ON source.id = citation.source_id \n'
                 'WHERE citation.record_id IN (__[POSTCOMPILE_ids]) ORDER BY citation.pk',
                 {},
                 {'ids': '::VARCHAR'}),
 'views.countries': ('SELECT country.id, country.code, country.alpha3, country.aliases \n'
                     'FROM country \n'
                     'WHERE country.id IN (__[POSTCOMPILE_ids])',
                     {},
                     {'ids': '::VARCHAR'}),
 'views.country_meeting_count': ('SELECT count(*) AS total \n'
                                 'FROM meeting \n'
                                 'WHERE meeting.country_id = %(rid)s::VARCHAR',
                                 {},
                                 {}),
 'views.country_meetings': ('SELECT meeting.id, meeting.title, meeting.date, meeting.city, country_record.title AS '
                            'country_title, meeting.status \n'
                            'FROM meeting LEFT OUTER JOIN record AS country_record ON country_record.id = '
                            'meeting.country_id \n'
                            'WHERE meeting.country_id = %(rid)s::VARCHAR ORDER BY meeting.date_lower DESC NULLS LAST, '
                            'meeting.id \n'
                            ' LIMIT %(param_1)s::INTEGER',
                            {'param_1': 50},
                            {}),
 'views.country_memberships': ('SELECT membership.country_id AS owner, membership.position, membership.country_id, '
                               'country_record.title AS country_title, membership.forum_id, forum_record.title AS '
                               'forum_title, membership.role, membership.since, membership.until, '
                               'membership.joined_at, meeting_record.title AS joined_title \n'
                               'FROM membership JOIN record AS country_record ON country_record.id = '
                               'membership.country_id JOIN record AS forum_record ON forum_record.id = '
                               'membership.forum_id LEFT OUTER JOIN record AS meeting_record ON meeting_record.id = '
                               'membership.joined_at \n'
                               'WHERE membership.country_id IN (__[POSTCOMPILE_ids]) ORDER BY membership.country_id, '
                               'membership.forum_id, membership.position',
                               {},
                               {'ids': '::VARCHAR'}),
 'views.figures': ('SELECT figure.forum_id, figure.position, figure.label, figure.value, figure.as_of \n'
                   'FROM figure \n'
                   'WHERE figure.forum_id IN (__[POSTCOMPILE_ids]) ORDER BY figure.forum_id, figure.position',
                   {},
                   {'ids': '::VARCHAR'}),
 'views.forum_meeting_count': ('SELECT count(*) AS total \nFROM meeting \nWHERE meeting.forum_id = %(rid)s::VARCHAR',
                               {},
                               {}),
 'views.forum_meetings': ('SELECT meeting.id, meeting.title, meeting.date, meeting.city, country_record.title AS '
                          'country_title, meeting.status \n'
                          'FROM meeting LEFT OUTER JOIN record AS country_record ON country_record.id = '
                          'meeting.country_id \n'
                          'WHERE meeting.forum_id = %(rid)s::VARCHAR ORDER BY meeting.date_lower DESC NULLS LAST, '
                          'meeting.id \n'
                          ' LIMIT %(param_1)s::INTEGER',
                          {'param_1': 50},
                          {}),
 'views.forum_members': ('SELECT membership.forum_id AS owner, membership.position, membership.country_id, '
                         'country_record.title AS country_title, membership.forum_id, forum_record.title AS '
                         'forum_title, membership.role, membership.since, membership.until, membership.joined_at, '
                         'meeting_record.title AS joined_title \n'
                         'FROM membership JOIN record AS country_record ON country_record.id = membership.country_id '
                         'JOIN record AS forum_record ON forum_record.id = membership.forum_id LEFT OUTER JOIN record '
                         'AS meeting_record ON meeting_record.id = membership.joined_at \n'
                         'WHERE membership.forum_id IN (__[POSTCOMPILE_ids]) ORDER BY membership.forum_id, '
                         'membership.forum_id, membership.position',
                         {},
                         {'ids': '::VARCHAR'}),
 'views.forum_paths': ('WITH RECURSIVE up(start, id, parent_id, depth) AS \n'
                       '(SELECT forum.id AS start, forum.id AS id, forum.parent_id AS parent_id, %(param_1)s::INTEGER '
                       'AS depth \n'
                       'FROM forum \n'
                       'WHERE forum.id IN (__[POSTCOMPILE_ids]) UNION ALL SELECT up.start AS start, parent.id AS id, '
                       'parent.parent_id AS parent_id, up.depth + %(depth_1)s::INTEGER AS anon_1 \n'
                       'FROM up, forum AS parent \n'
                       'WHERE parent.id = up.parent_id AND up.depth < %(depth_2)s::INTEGER)\n'
                       ' SELECT up.start, up.id, record.title \n'
                       'FROM up JOIN record ON record.id = up.id ORDER BY up.start, up.depth',
                       {'depth_1': 1, 'depth_2': 31, 'param_1': 0},
                       {'ids': '::VARCHAR'}),
 'views.forum_processes': ('SELECT process.forum_id, process.id, process.title \n'
                           'FROM process \n'
                           'WHERE process.forum_id IN (__[POSTCOMPILE_ids]) ORDER BY process.forum_id, process.title, '
                           'process.id',
                           {},
                           {'ids': '::VARCHAR'}),
 'views.forums': ('SELECT forum.id, forum.name, forum.abbreviation, forum.aliases, forum.kind, forum.founded, '
                  'forum.description, forum.participant_count, forum.parent_id, parent_record.title AS parent_title \n'
                  'FROM forum LEFT OUTER JOIN record AS parent_record ON parent_record.id = forum.parent_id \n'
                  'WHERE forum.id IN (__[POSTCOMPILE_ids])',
                  {},
                  {'ids': '::VARCHAR'}),
 'views.heads': ('SELECT record.id, record.type, record.title, record.date, record.date_lower AS lower, '
                 'record.date_upper AS upper, dataset.as_of, dataset.title AS dataset, meeting.forum_id, '
                 'meeting.ordinal, meeting.level, meeting.city, meeting.country_id, country_record.title AS '
                 'country_title, meeting.status, meeting.status_as_of, meeting.description, meeting.sidelines \n'
                 'FROM record LEFT OUTER JOIN dataset ON dataset.id = record.origin LEFT OUTER JOIN meeting ON '
                 'meeting.id = record.id LEFT OUTER JOIN record AS country_record ON country_record.id = '
                 'meeting.country_id \n'
                 'WHERE record.id IN (__[POSTCOMPILE_ids])',
                 {},
                 {'ids': '::VARCHAR'}),
 'views.joined_at': ('SELECT m.id AS meeting_id, membership.country_id, country_record.title AS country_title \n'
                     'FROM meeting AS m JOIN membership ON membership.forum_id = m.forum_id AND membership.joined_at = '
                     'm.id JOIN record AS country_record ON country_record.id = membership.country_id \n'
                     'WHERE m.id IN (__[POSTCOMPILE_ids]) ORDER BY m.id, membership.position',
                     {},
                     {'ids': '::VARCHAR'}),
 'views.meeting_processes': ('SELECT m.id AS meeting_id, process.id, process.title, round_before.id AS before_id, '
                             'before_record.title AS before_title, round_before.date AS before_date, '
                             'round_before.status AS before_status, round_after.id AS after_id, after_record.title AS '
                             'after_title, round_after.date AS after_date, round_after.status AS after_status \n'
                             'FROM meeting AS m JOIN process ON process.forum_id = m.forum_id LEFT OUTER JOIN round AS '
                             'round_before ON round_before.id = (SELECT before_round.id \n'
                             'FROM round AS before_round \n'
                             'WHERE before_round.process_id = process.id AND before_round.date_upper < m.date_lower '
                             'ORDER BY before_round.number DESC \n'
                             ' LIMIT %(param_1)s::INTEGER) LEFT OUTER JOIN record AS before_record ON before_record.id '
                             '= round_before.id LEFT OUTER JOIN round AS round_after ON round_after.id = (SELECT '
                             'after_round.id \n'
                             'FROM round AS after_round \n'
                             'WHERE after_round.process_id = process.id AND after_round.date_lower > m.date_upper '
                             'ORDER BY after_round.number \n'
                             ' LIMIT %(param_2)s::INTEGER) LEFT OUTER JOIN record AS after_record ON after_record.id = '
                             'round_after.id \n'
                             'WHERE m.id IN (__[POSTCOMPILE_ids]) ORDER BY m.id, process.title, process.id',
                             {'param_1': 1, 'param_2': 1},
                             {'ids': '::VARCHAR'}),
 'views.names': ('SELECT record_name.record_id, record_name.lang, record_name.title, record_name.abbreviation, '
                 'record_name.aliases, record_name.publisher, record_name.city, record_name.goal, '
                 'record_name.description, record_name.sidelines, record_name.figures, record_name.participants, '
                 'record_name.agenda \n'
                 'FROM record_name \n'
                 'WHERE record_name.record_id IN (__[POSTCOMPILE_ids]) ORDER BY record_name.record_id, '
                 'record_name.position',
                 {},
                 {'ids': '::VARCHAR'}),
 'views.outcome_heads': ('SELECT outcome.id, outcome.kind, outcome.status, outcome.status_as_of, outcome.period, '
                         'outcome.description, outcome.meeting_id, meeting.title AS meeting_title, meeting.date AS '
                         'meeting_date, meeting.status AS meeting_status, meeting.forum_id, forum_record.title AS '
                         'forum_title \n'
                         'FROM outcome LEFT OUTER JOIN meeting ON meeting.id = outcome.meeting_id LEFT OUTER JOIN '
                         'record AS forum_record ON forum_record.id = meeting.forum_id \n'
                         'WHERE outcome.id IN (__[POSTCOMPILE_ids])',
                         {},
                         {'ids': '::VARCHAR'}),
 'views.outcome_links': ('SELECT anon_1.outcome_id, anon_1.outward, anon_1.position, anon_1.other_id, '
                         'anon_1.relation \n'
                         'FROM (SELECT outcome_link.outcome_id AS outcome_id, %(param_1)s::INTEGER AS outward, '
                         'outcome_link.position AS position, outcome_link.target_id AS other_id, outcome_link.relation '
                         'AS relation \n'
                         'FROM outcome_link \n'
                         'WHERE outcome_link.outcome_id IN (__[POSTCOMPILE_ids]) UNION ALL SELECT '
                         'outcome_link.target_id AS target_id, %(param_2)s::INTEGER AS anon_2, outcome_link.position '
                         'AS position, outcome_link.outcome_id AS outcome_id, outcome_link.relation AS relation \n'
                         'FROM outcome_link \n'
                         'WHERE outcome_link.target_id IN (__[POSTCOMPILE_ids]) AND outcome_link.outcome_id != '
                         'outcome_link.target_id) AS anon_1 ORDER BY anon_1.outcome_id, anon_1.outward DESC, '
                         'anon_1.position, anon_1.other_id',
                         {'param_1': 1, 'param_2': 0},
                         {'ids': '::VARCHAR'}),
 'views.outcomes': ('SELECT outcome.meeting_id, outcome.id, outcome.title, outcome.kind, outcome.status, '
                    'outcome.status_as_of, outcome.date \n'
                    'FROM outcome \n'
                    'WHERE outcome.meeting_id IN (__[POSTCOMPILE_ids]) ORDER BY outcome.meeting_id, outcome.title',
                    {},
                    {'ids': '::VARCHAR'}),
 'views.participants': ('SELECT participant.meeting_id, participant.country_id, country_record.title AS country_title, '
                        'participant.position, participant.organisation, participant.head, participant.head_title \n'
                        'FROM participant LEFT OUTER JOIN record AS country_record ON country_record.id = '
                        'participant.country_id \n'
                        'WHERE participant.meeting_id IN (__[POSTCOMPILE_ids]) ORDER BY participant.meeting_id, '
                        'participant.position',
                        {},
                        {'ids': '::VARCHAR'}),
 'views.passage': ('SELECT citation.pk, citation.source_id, citation.quote, citation.start, citation."end" \n'
                   'FROM citation \n'
                   'WHERE citation.pk = %(pk)s::INTEGER',
                   {},
                   {}),
 'views.process_rounds': ('SELECT round.process_id, round.id, record.title, round.number, round.date, round.city, '
                          'country_record.title AS country_title, round.status \n'
                          'FROM round JOIN record ON record.id = round.id LEFT OUTER JOIN record AS country_record ON '
                          'country_record.id = round.country_id \n'
                          'WHERE round.process_id IN (__[POSTCOMPILE_ids]) ORDER BY round.process_id, round.number',
                          {},
                          {'ids': '::VARCHAR'}),
 'views.processes': ('SELECT process.id, process.goal, process.description, process.forum_id, forum_record.title AS '
                     'forum_title \n'
                     'FROM process LEFT OUTER JOIN record AS forum_record ON forum_record.id = process.forum_id \n'
                     'WHERE process.id IN (__[POSTCOMPILE_ids])',
                     {},
                     {'ids': '::VARCHAR'}),
 'views.refs': ('SELECT record.id, record.type, record.title, record.date, coalesce(meeting.status, round.status, '
                'outcome.status) AS status \n'
                'FROM record LEFT OUTER JOIN meeting ON meeting.id = record.id LEFT OUTER JOIN round ON round.id = '
                'record.id LEFT OUTER JOIN outcome ON outcome.id = record.id \n'
                'WHERE record.id IN (__[POSTCOMPILE_ids])',
                {},
                {'ids': '::VARCHAR'}),
 'views.round_names': ('SELECT round.id, round.number, round.city, round.process_id \n'
                       'FROM round \n'
                       'WHERE round.id IN (__[POSTCOMPILE_ids])',
                       {},
                       {'ids': '::VARCHAR'}),
 'views.rounds': ('SELECT round.id, round.process_id, process_record.title AS process_title, process.forum_id, '
                  'forum_record.title AS forum_title, round.number, (SELECT max(same.number) AS max_1 \n'
                  'FROM round AS same \n'
                  'WHERE same.process_id = round.process_id) AS last, round.city, round.country_id, '
                  'country_record.title AS country_title, round.status, round.description, (SELECT previous_near.id \n'
                  'FROM round AS previous_near \n'
                  'WHERE previous_near.process_id = round.process_id AND previous_near.number < round.number ORDER BY '
                  'previous_near.number DESC \n'
                  ' LIMIT %(param_1)s::INTEGER) AS previous_id, (SELECT next_near.id \n'
                  'FROM round AS next_near \n'
                  'WHERE next_near.process_id = round.process_id AND next_near.number > round.number ORDER BY '
                  'next_near.number \n'
                  ' LIMIT %(param_2)s::INTEGER) AS next_id \n'
                  'FROM round JOIN record AS process_record ON process_record.id = round.process_id LEFT OUTER JOIN '
                  'process ON process.id = round.process_id LEFT OUTER JOIN record AS forum_record ON forum_record.id '
                  '= process.forum_id LEFT OUTER JOIN record AS country_record ON country_record.id = '
                  'round.country_id \n'
                  'WHERE round.id IN (__[POSTCOMPILE_ids])',
                  {'param_1': 1, 'param_2': 1},
                  {'ids': '::VARCHAR'}),
 'views.series': ('SELECT m.id, previous_meeting.id AS previous_id, previous_meeting.title AS previous_title, '
                  'previous_meeting.date AS previous_date, previous_meeting.status AS previous_status, next_meeting.id '
                  'AS next_id, next_meeting.title AS next_title, next_meeting.date AS next_date, next_meeting.status '
                  'AS next_status \n'
                  'FROM meeting AS m LEFT OUTER JOIN meeting AS previous_meeting ON previous_meeting.id = (SELECT '
                  'previous_candidate.id \n'
                  'FROM meeting AS previous_candidate \n'
                  'WHERE previous_candidate.forum_id = m.forum_id AND previous_candidate.level IS NOT DISTINCT FROM '
                  'm.level AND previous_candidate.date_lower <= m.date_lower AND (previous_candidate.date_lower, '
                  'coalesce(previous_candidate.ordinal, %(coalesce_1)s::INTEGER), previous_candidate.date_upper, '
                  'previous_candidate.id) < (m.date_lower, coalesce(m.ordinal, %(coalesce_2)s::INTEGER), m.date_upper, '
                  'm.id) ORDER BY previous_candidate.date_lower DESC, coalesce(previous_candidate.ordinal, '
                  '%(coalesce_3)s::INTEGER) DESC, previous_candidate.date_upper DESC, previous_candidate.id DESC \n'
                  ' LIMIT %(param_1)s::INTEGER) LEFT OUTER JOIN meeting AS next_meeting ON next_meeting.id = (SELECT '
                  'next_candidate.id \n'
                  'FROM meeting AS next_candidate \n'
                  'WHERE next_candidate.forum_id = m.forum_id AND next_candidate.level IS NOT DISTINCT FROM m.level '
                  'AND next_candidate.date_lower >= m.date_lower AND (next_candidate.date_lower, '
                  'coalesce(next_candidate.ordinal, %(coalesce_4)s::INTEGER), next_candidate.date_upper, '
                  'next_candidate.id) > (m.date_lower, coalesce(m.ordinal, %(coalesce_5)s::INTEGER), m.date_upper, '
                  'm.id) ORDER BY next_candidate.date_lower, coalesce(next_candidate.ordinal, '
                  '%(coalesce_6)s::INTEGER), next_candidate.date_upper, next_candidate.id \n'
                  ' LIMIT %(param_2)s::INTEGER) \n'
                  'WHERE m.id IN (__[POSTCOMPILE_ids]) AND m.date_lower IS NOT NULL',
                  {'coalesce_1': 2147483647,
                   'coalesce_2': 2147483647,
                   'coalesce_3': 2147483647,
                   'coalesce_4': 2147483647,
                   'coalesce_5': 2147483647,
                   'coalesce_6': 2147483647,
                   'param_1': 1,
                   'param_2': 1},
                  {'ids': '::VARCHAR'}),
 'views.source_citing': ('SELECT DISTINCT citation.record_id \n'
                         'FROM citation \n'
                         'WHERE citation.source_id = %(rid)s::VARCHAR \n'
                         ' LIMIT %(param_1)s::INTEGER',
                         {'param_1': 50},
                         {}),
 'views.source_citing_count': ('SELECT count(*) AS total \n'
                               'FROM (SELECT DISTINCT citation.record_id AS record_id \n'
                               'FROM citation \n'
                               'WHERE citation.source_id = %(rid)s::VARCHAR \n'
                               ' LIMIT %(param_1)s::INTEGER) AS anon_1',
                               {'param_1': 10001},
                               {}),
 'views.source_text': ('SELECT source.id, source.title, source.publisher, source.date, source.text \n'
                       'FROM source \n'
                       'WHERE source.id = %(rid)s::VARCHAR',
                       {},
                       {}),
 'views.sources': ('SELECT source.id, source.publisher, source.languages, source.url, source.text \n'
                   'FROM source \n'
                   'WHERE source.id IN (__[POSTCOMPILE_ids])',
                   {},
                   {'ids': '::VARCHAR'}),
 'views.subforums': ('SELECT forum.parent_id, forum.id, forum.name \n'
                     'FROM forum \n'
                     'WHERE forum.parent_id IN (__[POSTCOMPILE_ids]) ORDER BY forum.parent_id, forum.name, forum.id',
                     {},
                     {'ids': '::VARCHAR'}),
 'views.topic_meeting_count': ('SELECT count(*) AS total \n'
                               'FROM meeting \n'
                               'WHERE meeting.id IN (SELECT agenda_item.meeting_id \n'
                               'FROM agenda_item JOIN agenda_topic ON agenda_topic.agenda_item_pk = agenda_item.pk \n'
                               'WHERE agenda_topic.topic_id = %(rid)s::VARCHAR)',
                               {},
                               {}),
 'views.topic_meetings': ('SELECT meeting.id, meeting.title, meeting.date, meeting.city, country_record.title AS '
                          'country_title, meeting.status \n'
                          'FROM meeting LEFT OUTER JOIN record AS country_record ON country_record.id = '
                          'meeting.country_id \n'
                          'WHERE meeting.id IN (SELECT agenda_item.meeting_id \n'
                          'FROM agenda_item JOIN agenda_topic ON agenda_topic.agenda_item_pk = agenda_item.pk \n'
                          'WHERE agenda_topic.topic_id = %(rid)s::VARCHAR) ORDER BY meeting.date_lower DESC NULLS '
                          'LAST, meeting.id \n'
                          ' LIMIT %(param_1)s::INTEGER',
                          {'param_1': 50},
                          {}),
 'views.topics': ('SELECT topic.id, topic.description \nFROM topic \nWHERE topic.id IN (__[POSTCOMPILE_ids])',
                  {},
                  {'ids': '::VARCHAR'}),
 'views.venues': ('SELECT round.id, round.city, round.country_id, country_record.title AS country_title \n'
                  'FROM round LEFT OUTER JOIN record AS country_record ON country_record.id = round.country_id \n'
                  'WHERE round.id IN (__[POSTCOMPILE_ids]) UNION ALL SELECT meeting.id, meeting.city, '
                  'meeting.country_id, country_record.title AS country_title \n'
                  'FROM meeting LEFT OUTER JOIN record AS country_record ON country_record.id = meeting.country_id \n'
                  'WHERE meeting.id IN (__[POSTCOMPILE_ids])',
                  {},
                  {'ids': '::VARCHAR'})}
