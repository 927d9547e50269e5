"""The parts of ``LanguageData``, one per job: numbers, figures, dates, statements (``factcheck.lang.base``)."""
