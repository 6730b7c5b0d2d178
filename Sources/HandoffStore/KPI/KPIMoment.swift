/// One measure and key over a range of instants: how many facts, and their amount in cents.
struct KPIMoment {
    var measure: String
    var key: String
    var n: Int
    var cents: Int64
}
