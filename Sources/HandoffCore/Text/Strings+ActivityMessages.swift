extension Strings {
    /// Los mensajes de la actividad de email y web (`--kind activity` y sus campos de scoring) en
    /// español, por su plantilla en inglés, como en `Strings+Messages.swift`.
    static let spanishActivityMessages: [String: String] = [
        // HandoffCore/ActivityRow.swift
        "'{1}' is not an email address": "'{1}' no es una dirección de email",
        "an activity needs the email of the person who did it": "una actividad necesita el email de la persona que la hizo",
        "'{1}' is not an activity; activities are {2}": "'{1}' no es una actividad; las actividades son {2}",
        "an activity needs its action: one of {1}": "una actividad necesita su acción: una de {1}",
        "an activity needs the date and time it happened": "una actividad necesita la fecha y la hora en que ocurrió",
        "a campaign has at most 200 characters and no control characters":
            "una campaña tiene como mucho 200 caracteres y ningún carácter de control",
        // HandoffCore/ScoringParser.swift
        "activity decay": "activity decay",
        "activity decay applies to engagement points only; move it under [engagement]":
            "activity decay se aplica solo a los puntos de engagement; muévelo bajo [engagement]",
        "[engagement] has an activity decay already (line {1}); keep one": "[engagement] ya tiene un activity decay (línea {1}); deja uno",
        "{1} is what the lead did, not who it is; move the rule under [engagement]":
            "{1} es lo que hizo el lead, no quién es; mueve la regla bajo [engagement]",
        // HandoffCore/ImportReport+Text.swift
        "1 activity": "1 actividad",
        "{1} activities": "{1} actividades",
        "  1 lead would be made for an email the board does not have": "  se crearía 1 lead para un email que el tablero no tiene",
        "  {1} leads would be made for emails the board does not have": "  se crearían {1} leads para emails que el tablero no tiene",
        "  1 lead made for an email the board did not have": "  1 lead creado para un email que el tablero no tenía",
        "  {1} leads made for emails the board did not have": "  {1} leads creados para emails que el tablero no tenía",
        "  the score of 1 lead changed with its activity": "  la puntuación de 1 lead cambió con su actividad",
        "  the scores of {1} leads changed with their activity": "  las puntuaciones de {1} leads cambiaron con su actividad",
        // HandoffCore/ImportOptions+CommandLine.swift
        "--kind activity: make a new lead of each email the board does not have, instead of refusing its rows":
            "--kind activity: crea un lead nuevo por cada email que el tablero no tiene, en vez de rechazar sus filas",
        "--create-leads is for --kind activity": "--create-leads es para --kind activity",
        // HandoffCore/LeadEvent+Summary.swift
        "recorded its email and web activity": "registró su actividad de email y web",
        // HandoffStore/ActivityImport.swift
        "an activity file needs a column for each of email, action and timestamp; this one has none for {1} (its columns: {2}); name them with --map {3}=COLUMN":
            "un fichero de actividad necesita una columna para email, action y timestamp; este no tiene ninguna para {1} (sus columnas: {2}); nómbralas con --map {3}=COLUMNA",
        "no lead on this board has the email '{1}'": "ningún lead de este tablero tiene el email '{1}'",
    ]
}
