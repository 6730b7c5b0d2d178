/// Los mensajes (`Message`) de los clientes en español, por su plantilla en inglés: merged into
/// `Strings.messageTable` with those of `Strings+Messages.swift`.
extension Strings {
    static let customerSpanishMessages: [String: String] = [
        "account #": "cuenta n.º ",
        "setting": "ajuste",
        "move accounts between the customer stages": "mover cuentas entre las etapas de cliente",
        "change an account's manager or renewal date": "cambiar el gestor o la fecha de renovación de una cuenta",
        "plan follow-ups with customers or mark them done": "planificar seguimientos con clientes o marcarlos como hechos",
        "record customers' satisfaction answers": "registrar las respuestas de satisfacción de los clientes",
        "open new deals for existing customers": "abrir nuevas oportunidades para clientes existentes",
        "'{1}' fits several accounts ({2}); name one by its number": "'{1}' encaja con varias cuentas ({2}); nombra una por su número",
        "'{1}' is not a member of this board; nothing was saved": "'{1}' no es miembro de este tablero; no se guardó nada",
        "'{1}' is not a step; write kickoff=3wd, checkin=30d or review=90d (wd: working days, d: days)":
            "'{1}' no es un paso; escribe kickoff=3wd, checkin=30d o review=90d (wd: días laborables, d: días)",
        "'{1}': the delay is a whole number of days from 0 to 3650, then wd (working days) or d (days)":
            "'{1}': el plazo es un número entero de días de 0 a 3650, seguido de wd (días laborables) o d (días)",
        "a comment has at most 1000 characters (this one has {1})": "un comentario tiene como mucho 1000 caracteres (este tiene {1})",
        "a deal needs a name of at most 200 characters; nothing was saved":
            "una oportunidad necesita un nombre de como mucho 200 caracteres; no se guardó nada",
        "a follow-up has at most 500 characters (this one has {1})": "un seguimiento tiene como mucho 500 caracteres (este tiene {1})",
        "a follow-up needs a description; nothing was saved": "un seguimiento necesita una descripción; no se guardó nada",
        "a satisfaction answer is a whole number from 0 to 10, not {1}":
            "una respuesta de satisfacción es un número entero de 0 a 10, no {1}",
        "an account moves between the customer stages ({1}), not to {2}": "una cuenta se mueve entre las etapas de cliente ({1}), no a {2}",
        "follow-up {1} is already {2}; nothing was changed": "el seguimiento {1} ya está {2}; no se cambió nada",
        "lead {1} has no referral to take back; nothing was changed":
            "el lead {1} no tiene ninguna recomendación que retirar; no se cambió nada",
        "lead {1} is a deal of {2} itself, not a referral; nothing was changed":
            "el lead {1} es una oportunidad de la propia {2}, no una recomendación; no se cambió nada",
        "lead {1} is already referred by {2}; nothing was changed": "el lead {1} ya está recomendado por {2}; no se cambió nada",
        "no account is called '{1}'; `handoff account list` lists them with their numbers":
            "ninguna cuenta se llama '{1}'; `handoff account list` las lista con sus números",
        "settings.follow_up_schedule: {1}": "settings.follow_up_schedule: {1}",
        "the account is already in {1}": "la cuenta ya está en {1}",
        "the comment has a control or invisible character (shown as ␛ or �); nothing was saved":
            "el comentario tiene un carácter de control o invisible (se ve como ␛ o �); no se guardó nada",
        "the deal's name has a control or invisible character (shown as ␛ or �); nothing was saved":
            "el nombre de la oportunidad tiene un carácter de control o invisible (se ve como ␛ o �); no se guardó nada",
        "the deal's value must be zero or more, not {1}": "el valor de la oportunidad debe ser cero o más, no {1}",
        "the follow-up has a control or invisible character (shown as ␛ or �); nothing was saved":
            "el seguimiento tiene un carácter de control o invisible (se ve como ␛ o �); no se guardó nada",
        "there is no account {1}; `handoff account list` lists them with their numbers":
            "no hay ninguna cuenta {1}; `handoff account list` las lista con sus números",
        "there is no follow-up {1}; `handoff follow-up list` lists them with their numbers":
            "no hay ningún seguimiento {1}; `handoff follow-up list` los lista con sus números",
        "this board has no sales stage; add one to the stages table":
            "este tablero no tiene ninguna etapa de ventas; añade una a la tabla stages",
        "{1} (account {2}) was changed by {3} a moment ago; it is now in {4}. Nothing was overwritten.":
            "{3} cambió {1} (cuenta {2}) hace un momento; ahora está en {4}. No se sobrescribió nada.",
        "{1} has passed; a follow-up is due in the future": "{1} ya pasó; un seguimiento vence en el futuro",
        "{1} is a stage of the customer band, for accounts; a deal becomes a customer when it is won":
            "{1} es una etapa de la franja de clientes, para cuentas; una oportunidad se vuelve cliente cuando se gana",
        "marked done on {1}": "marcado como hecho el {1}",
        "not done yet": "pendiente",
        "CUSTOMERS": "CLIENTES",
        "1 account": "1 cuenta",
        "{1} accounts": "{1} cuentas",
        "an account needs a name": "una cuenta necesita un nombre",
        "an account's name has at most 200 characters and no control characters":
            "el nombre de una cuenta tiene como mucho 200 caracteres y ningún carácter de control",
        "'{1}' is not a whole number of deals": "'{1}' no es un número entero de oportunidades",
        "this board has no customer stages; `handoff stage list` shows its stages":
            "este tablero no tiene etapas de cliente; `handoff stage list` muestra sus etapas",
        "the rep who works it": "el comercial que la trabaja",
        "KIND is upsell, renewal or cross_sell, not '{1}'": "KIND es upsell, renewal o cross_sell, no '{1}'",
        "STAGE": "ETAPA",
        "ACCOUNT is an account's number, its name, or a part of its name only one account has.":
            "ACCOUNT es el número de una cuenta, su nombre o una parte de su nombre que solo tiene una cuenta.",
        "--value: {1}": "--value: {1}",
        "Open follow-ups, soonest due first: yours, or everyone's with --all.":
            "Seguimientos abiertos, primero los que vencen antes: los tuyos, o los de todos con --all.",
        "A win plans a kick-off, a check-in and a review (settings.follow_up_schedule); a detractor's answer plans a call back.":
            "Una venta planifica un arranque, un contacto y una revisión (settings.follow_up_schedule); la respuesta de un detractor planifica una llamada.",
        "Customer since {1}; {2} purchases, {3} {4} to date": "Cliente desde el {1}; {2} compras, {3} {4} hasta hoy",
        "Every account by name: number, stage, manager, deals, revenue to date, last answer.":
            "Todas las cuentas por nombre: número, etapa, gestor, oportunidades, ingresos hasta hoy, última respuesta.",
        "Follow-ups:": "Seguimientos:",
        "Open a repeat deal for the account in the first sales stage (same as n in its detail).":
            "Abre una nueva oportunidad para la cuenta en la primera etapa de ventas (como n en su detalle).",
        "what the customer said, in quotes": "lo que dijo el cliente, entre comillas",
        "(overdue)": "(vencido)",
        "Satisfaction:": "Satisfacción:",
        "Record a customer's answer from 0 to 10 to \"how likely are you to recommend us?\" (same as `s`).":
            "Registra la respuesta de un cliente de 0 a 10 a «¿recomendaría nuestra empresa?» (como `s`).",
        "Moved {1} (account {2}) to {3}": "{1} (cuenta {2}) movida a {3}",
        "One account: its deals, follow-ups, satisfaction answers and referrals.":
            "Una cuenta: sus oportunidades, seguimientos, respuestas de satisfacción y recomendaciones.",
        "KIND is upsell, renewal or cross_sell.": "KIND es upsell, renewal o cross_sell.",
        "a follow-up needs --due DATE": "un seguimiento necesita --due FECHA",
        "No follow-up is open.": "No hay ningún seguimiento abierto.",
        "ACCOUNT is an account's number, its name, or a part of its name only one account has.\n9 and 10 are promoters, 7 and 8 passives, 0 to 6 detractors; a detractor's answer plans a call back within the customer team's service level.\nNPS (in handoff kpi) = % promoters - % detractors of the answers recorded in the period.":
            "ACCOUNT es el número de una cuenta, su nombre o una parte de su nombre que solo tiene una cuenta.\n9 y 10 son promotores, 7 y 8 pasivos, de 0 a 6 detractores; la respuesta de un detractor planifica una llamada dentro del nivel de servicio del equipo de clientes.\nNPS (en handoff kpi) = % promotores - % detractores de las respuestas registradas en el periodo.",
        "List the customers (accounts), show one, move it between the customer stages, or open a repeat deal for it.":
            "Lista los clientes (cuentas), muestra uno, lo mueve entre las etapas de cliente o le abre una nueva oportunidad.",
        "{1} is no longer a referral": "{1} ya no es una recomendación",
        "Recorded {1}/10 from {2} (account {3}): a detractor; call back #{4} planned for {5}, due {6} UTC":
            "Registrado {1}/10 de {2} (cuenta {3}): un detractor; llamada n.º {4} planificada para {5}, vence {6} UTC",
        "take the referral back": "retirar la recomendación",
        "YYYY-MM-DD, YYYY-MM-DD HH:MM (UTC) or +N days": "AAAA-MM-DD, AAAA-MM-DD HH:MM (UTC) o +N días",
        "only the accounts in this customer stage": "solo las cuentas de esta etapa de cliente",
        "DEALS": "OPORT.",
        "Deals:": "Oportunidades:",
        "Name the customer that referred a lead; its source becomes referral.":
            "Indica el cliente que recomendó un lead; su origen pasa a ser referral.",
        "Referred:": "Recomendó:",
        "MANAGER": "GESTOR",
        "Follow-up {1} with {2} is done": "El seguimiento {1} con {2} está hecho",
        "Planned a follow-up with {1} (account {2}) due {3} UTC": "Planificado un seguimiento con {1} (cuenta {2}) que vence el {3} UTC",
        "Recorded {1}/10 from {2} (account {3})": "Registrado {1}/10 de {2} (cuenta {3})",
        "print JSON instead of text": "imprimir JSON en lugar de texto",
        "Opened {1} for {2} (account {3}) in {4}": "Abierto {1} para {2} (cuenta {3}) en {4}",
        "everyone's, not only yours": "los de todos, no solo los tuyos",
        "the deal's expected value": "el valor esperado de la oportunidad",
        "Mark a follow-up done.": "Marca un seguimiento como hecho.",
        "Renewal {1}": "Renovación el {1}",
        "List the follow-ups with customers, plan one, or mark one done.":
            "Lista los seguimientos con clientes, planifica uno o marca uno como hecho.",
        "name the customer that referred the lead, or --none": "indica el cliente que recomendó el lead, o --none",
        "{1} was referred by {2} (account {3})": "{1} fue recomendado por {2} (cuenta {3})",
        "only those past due": "solo los vencidos",
        "LAST": "ÚLT.",
        "who does it (else the account manager)": "quién lo hace (si no, el gestor de la cuenta)",
        "Move an account to another customer stage (same as H and L on the band).":
            "Mueve una cuenta a otra etapa de cliente (como H y L en la franja).",
        "a satisfaction answer is a whole number from 0 to 10, not '{1}'":
            "una respuesta de satisfacción es un número entero de 0 a 10, no '{1}'",
        "ACCOUNT": "CUENTA",
        "Account {1}: {2}, {3}, manager {4}": "Cuenta {1}: {2}, {3}, gestor {4}",
        "Plan a follow-up with a customer.": "Planifica un seguimiento con un cliente.",
        "ID must be a follow-up's number, not '{1}'": "ID debe ser el número de un seguimiento, no '{1}'",
    ]
}
