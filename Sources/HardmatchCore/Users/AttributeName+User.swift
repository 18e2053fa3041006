/// The attributes `OnPremUserMapping` and `SyncScope` read, folded once for the whole run.
extension AttributeName {
    public static let objectGUID: AttributeName = "objectGUID"
    public static let consistencyGuid: AttributeName = "mS-DS-ConsistencyGuid"
    public static let userPrincipalName: AttributeName = "userPrincipalName"
    public static let mail: AttributeName = "mail"
    public static let proxyAddresses: AttributeName = "proxyAddresses"
    public static let sAMAccountName: AttributeName = "sAMAccountName"
    public static let displayName: AttributeName = "displayName"
    public static let mailNickname: AttributeName = "mailNickname"
    public static let userAccountControl: AttributeName = "userAccountControl"
    public static let objectClass: AttributeName = "objectClass"
    public static let isCriticalSystemObject: AttributeName = "isCriticalSystemObject"
    public static let msExchRecipientTypeDetails: AttributeName = "msExchRecipientTypeDetails"
    public static let adminDescription: AttributeName = "adminDescription"
}
