"""The window's dialogs and what they do: importing files (with the problems found), a database that cannot
be opened and the ways out, File ▸ Open/New Database… and the database remembered, Export Data, About."""
