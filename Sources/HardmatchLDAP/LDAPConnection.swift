import CLDAP
