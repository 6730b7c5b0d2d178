extension Strings {
    /// Los mensajes (`Message`) en español, por su plantilla en inglés. `{n}` keeps its number.
    static let spanishMessages: [String: String] = [
        "unknown stage '{1}'; stages are: {2}": "etapa desconocida '{1}'; las etapas son: {2}",
        "cannot move: {1}": "no se puede mover: {1}",
        "no lead with id {1}": "no hay ningún lead con id {1}",
    ]
}
